// IntegritySite search page only (the rest of the site has no JavaScript). pagefind-ui.js, written to /pagefind/ by
// the build, is loaded before this file; it searches the index of the page's <html lang> (Thai or English).
// Without JavaScript, or when a build had no index (--no-search), the page keeps its message and section lists.
(function () {
  "use strict";

  function start() {
    var box = document.getElementById("search");
    if (!box || typeof window.PagefindUI !== "function") {
      return;
    }
    new window.PagefindUI({
      element: "#search",
      showImages: false,
      showSubResults: true,
      translations: {
        placeholder: box.getAttribute("data-placeholder"),
        zero_results: box.getAttribute("data-zero-results"),
      },
    });
    var note = document.querySelector(".search-nojs");
    if (note) {
      note.hidden = true;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
