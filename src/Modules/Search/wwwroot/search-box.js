// Offers titles that start with what the citizen is typing, through the search box's <datalist>.
(function () {
  "use strict";
  var input = document.getElementById("search-box-q");
  var list = document.getElementById("search-box-suggestions");
  if (!input || !list) {
    return;
  }
  var timer = 0;
  var latest = "";
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var typed = input.value.trim();
      if (typed.length < 2 || typed === latest) {
        return;
      }
      latest = typed;
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (items) {
          list.replaceChildren.apply(list, items.map(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            return option;
          }));
        })
        .catch(function () { /* Suggestions are a convenience: searching still works without them. */ });
    }, 200);
  });
})();
