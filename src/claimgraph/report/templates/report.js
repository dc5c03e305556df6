// claimgraph report: table filters and network highlighting. Reads text with textContent only.
(function () {
  "use strict";
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) return;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) === -1;
      });
    });
  });
  // hovering a node dims every actor and line it is not connected to
  var svg = document.querySelector("svg.network");
  if (!svg) return;
  var lines = Array.prototype.slice.call(svg.querySelectorAll(".edges line"));
  var nodes = Array.prototype.slice.call(svg.querySelectorAll(".node"));
  nodes.forEach(function (node) {
    var id = node.getAttribute("data-id");
    node.addEventListener("mouseenter", function () {
      var near = {};
      near[id] = true;
      lines.forEach(function (l) {
        var s = l.getAttribute("data-s"), t = l.getAttribute("data-t");
        var on = s === id || t === id;
        if (on) { near[s] = true; near[t] = true; }
        l.classList.toggle("dim", !on);
      });
      nodes.forEach(function (n) { n.classList.toggle("dim", !near[n.getAttribute("data-id")]); });
    });
    node.addEventListener("mouseleave", function () {
      lines.forEach(function (l) { l.classList.remove("dim"); });
      nodes.forEach(function (n) { n.classList.remove("dim"); });
    });
  });
})();
