// The desk's only script: upload progress, and live progress of a broadcast being delivered.
// Forms work without it; with it, the clerk sees the bytes go up and the count go down.
(function () {
  "use strict";
  function onReady(fn) { if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn); }

  onReady(function () {
    var form = document.getElementById("upload");
    if (form && window.FormData && window.XMLHttpRequest) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var bar = document.getElementById("upload-progress");
        var status = document.getElementById("upload-status");
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action);
        bar.hidden = false; bar.value = 0;
        status.textContent = status.dataset.uploading;
        xhr.upload.addEventListener("progress", function (e) {
          if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
        });
        xhr.upload.addEventListener("load", function () { bar.value = 100; status.textContent = status.dataset.indexing; });
        xhr.addEventListener("load", function () { window.location.assign(xhr.responseURL || form.action); });
        xhr.addEventListener("error", function () { form.submit(); });
        xhr.send(new FormData(form));
      });
    }

    var live = document.getElementById("live-progress");
    if (live && window.fetch) {
      var url = live.dataset.source;
      var tick = function () {
        fetch(url, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
          live.textContent = s.text;
          var bar = document.getElementById("delivery-bar");
          if (bar) { bar.max = s.total || 1; bar.value = s.sent + s.failed; }
          if (s.finished) { window.location.reload(); } else { setTimeout(tick, 1500); }
        }).catch(function () { setTimeout(tick, 5000); });
      };
      setTimeout(tick, 1000);
    }
  });
})();
