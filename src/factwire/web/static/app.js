// factwire pages: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // filter selects apply at once
  document.querySelectorAll("select.autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
  // the legend's check boxes show or hide one kind of highlight
  document.querySelectorAll("input.legend-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.value, !box.checked);
    });
  });
});
