"""One module per page. Each builds one JSON-ready context; ``render.respond`` turns it into
the HTML page or returns it from the page's ``/api/...`` twin."""
