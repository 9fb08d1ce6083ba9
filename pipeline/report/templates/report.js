/* The review page's few lines of behaviour: no library, nothing fetched.
   - a click on a highlight shows its records (the inline JSON map) in the side panel;
   - the statistics table is filtered by area and sorted by period. */
(function () {
  "use strict";
  var source = document.getElementById("records");
  var records = source ? JSON.parse(source.textContent) : {};
  var panel = document.getElementById("panel-body");
  var selected = null;

  function recordSection(id) {
    var view = records[id];
    var section = document.createElement("section");
    section.className = "record record-" + (view ? view.kind : "unknown");
    section.setAttribute("data-record", id);
    var title = document.createElement("h3");
    title.textContent = view ? view.title : id;
    section.appendChild(title);
    var list = document.createElement("dl");
    (view ? view.rows : []).forEach(function (row) {
      var term = document.createElement("dt");
      term.textContent = row[0];
      var value = document.createElement("dd");
      value.textContent = row[1];
      list.appendChild(term);
      list.appendChild(value);
    });
    section.appendChild(list);
    return section;
  }

  function show(mark) {
    if (!panel) { return; }
    if (selected) { selected.classList.remove("selected"); }
    selected = mark;
    mark.classList.add("selected");
    panel.textContent = "";
    var ids = mark.getAttribute("data-ids").split(" ").reverse();
    ids.forEach(function (id) { panel.appendChild(recordSection(id)); });
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark[data-ids]") : null;
    if (mark) { show(mark); }
  });

  var table = document.getElementById("stats");
  if (!table) { return; }
  var body = table.tBodies[0];
  var filter = document.getElementById("area-filter");
  if (filter) {
    filter.addEventListener("change", function () {
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = filter.value !== "" && row.getAttribute("data-area") !== filter.value;
      });
    });
  }
  var ascending = true;
  var header = document.getElementById("sort-period");
  if (header) {
    header.addEventListener("click", function () {
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-period"), y = b.getAttribute("data-period");
        if (x === y) { return 0; }
        if (x === "") { return 1; }
        if (y === "") { return -1; }
        return (x < y ? -1 : 1) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      ascending = !ascending;
    });
  }
})();
