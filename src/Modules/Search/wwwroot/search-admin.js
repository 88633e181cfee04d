// While the index is being rebuilt, polls its progress and updates the bar and the status message.
(function () {
  "use strict";
  var box = document.getElementById("rebuild-status");
  if (!box) {
    return;
  }
  var message = document.getElementById("rebuild-message");
  var bar = document.getElementById("rebuild-progress");
  function poll() {
    fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) {
          return;
        }
        bar.value = status.percent;
        bar.textContent = status.percent + " %";
        if (status.running) {
          message.textContent = box.dataset.running.replace("{0}", status.done).replace("{1}", status.total);
          window.setTimeout(poll, 1000);
        } else if (status.failed) {
          message.textContent = box.dataset.failed;
        } else {
          message.textContent = box.dataset.ready.replace("{0}", status.documents === null ? 0 : status.documents);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  if (box.dataset.active === "true") {
    window.setTimeout(poll, 1000);
  }
})();
