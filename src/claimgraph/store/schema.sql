-- claimgraph store, migration 001_initial. One row per record of model.py.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, paths JSON,
    read INTEGER, analysed INTEGER, duplicates INTEGER, not_analysed INTEGER, failed INTEGER, skipped INTEGER);

CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, path VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR,
    published VARCHAR, language VARCHAR, status VARCHAR, status_reason VARCHAR,
    duplicate_of VARCHAR, format VARCHAR, words INTEGER, text VARCHAR, raw_text VARCHAR,
    offset_map JSON, run INTEGER, added TIMESTAMP DEFAULT current_timestamp);

CREATE TABLE IF NOT EXISTS errors (
    path VARCHAR, reason VARCHAR, stage VARCHAR, run INTEGER, logged TIMESTAMP DEFAULT current_timestamp);

CREATE TABLE IF NOT EXISTS mentions (
    id VARCHAR PRIMARY KEY, doc VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, name VARCHAR,
    kind VARCHAR, label VARCHAR, kb_id VARCHAR, local_key VARCHAR, role VARCHAR, affiliation VARCHAR,
    affiliation_kb VARCHAR, sentence INTEGER, pronoun BOOLEAN, actor VARCHAR);

CREATE TABLE IF NOT EXISTS claims (
    id VARCHAR PRIMARY KEY, doc VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    speaker_text VARCHAR, speaker_mention VARCHAR, speaker VARCHAR,
    content_text VARCHAR, content_start INTEGER, content_end INTEGER, cue VARCHAR,
    speech_type VARCHAR, stance VARCHAR, hedged BOOLEAN, hedges JSON, via JSON, event JSON,
    event_type VARCHAR, subject VARCHAR, object VARCHAR, quote BOOLEAN, sentence INTEGER,
    certainty VARCHAR, group_id VARCHAR);

CREATE TABLE IF NOT EXISTS signals (doc VARCHAR, kind VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER);

-- corpus level (reduce): rewritten as a whole by each resolve
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, aliases JSON,
    mentions INTEGER, roles JSON, kb_id VARCHAR, affiliation VARCHAR);

CREATE TABLE IF NOT EXISTS merges (actor VARCHAR, a VARCHAR, b VARCHAR, score DOUBLE, reasons JSON);

CREATE TABLE IF NOT EXISTS links (id VARCHAR PRIMARY KEY, kind VARCHAR, a VARCHAR, b VARCHAR, reason VARCHAR, group_id VARCHAR);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, type VARCHAR, subject VARCHAR, object VARCHAR, claims JSON,
    documents INTEGER, origins INTEGER, grade VARCHAR, reasons JSON, label VARCHAR,
    first_date VARCHAR, last_date VARCHAR);
