/* Reading comfort: text size and high contrast, remembered in this browser only (localStorage,
   no cookie), and a Print button on entries. Everything here is an extra: the site reads and
   searches the same without JavaScript. Loaded in <head> without defer so saved choices apply
   before the first paint. Written for old phones: no modules, no arrow functions. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZE_KEY = "patientfaq.textSize";
  var CONTRAST_KEY = "patientfaq.contrast";

  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null; // storage switched off: choices last for this page only
    }
  }

  function save(key, value) {
    try {
      if (value) {
        window.localStorage.setItem(key, value);
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (error) {
      /* storage switched off */
    }
  }

  function applySize(size) {
    if (size === "2" || size === "3") {
      root.setAttribute("data-text-size", size);
    } else {
      root.removeAttribute("data-text-size");
    }
  }

  function applyContrast(high) {
    if (high) {
      root.setAttribute("data-contrast", "high");
    } else {
      root.removeAttribute("data-contrast");
    }
  }

  applySize(load(SIZE_KEY));
  applyContrast(load(CONTRAST_KEY) === "high");

  function showPressed(controls) {
    var size = root.getAttribute("data-text-size") || "1";
    var buttons = controls.querySelectorAll("[data-text-size]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-text-size") === size));
    }
    var contrast = controls.querySelector("[data-contrast]");
    if (contrast) {
      contrast.setAttribute("aria-pressed", String(root.getAttribute("data-contrast") === "high"));
    }
  }

  function setUpControls() {
    var controls = document.querySelector("[data-reading-controls]");
    if (!controls) {
      return;
    }
    controls.hidden = false;
    showPressed(controls);
    controls.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button") : null;
      if (!button) {
        return;
      }
      if (button.hasAttribute("data-text-size")) {
        var size = button.getAttribute("data-text-size");
        applySize(size);
        save(SIZE_KEY, size === "1" ? null : size);
      } else if (button.hasAttribute("data-contrast")) {
        var high = root.getAttribute("data-contrast") !== "high";
        applyContrast(high);
        save(CONTRAST_KEY, high ? "high" : null);
      }
      showPressed(controls);
    });
  }

  function setUpPrinting() {
    var rows = document.querySelectorAll("[data-print-row]");
    for (var i = 0; i < rows.length; i++) {
      rows[i].hidden = false;
      var button = rows[i].querySelector("[data-print]");
      if (button) {
        button.addEventListener("click", function () {
          window.print();
        });
      }
    }
  }

  function ready() {
    setUpControls();
    setUpPrinting();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
