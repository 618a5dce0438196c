/* "My list for the doctor": the entries a patient picks, kept in this browser only
   (localStorage, no account, nothing sent). The list page itself is drawn by the server from
   the ids in its address, so it prints and downloads without this script. Old-phone style. */
(function () {
  "use strict";
  var KEY = "patientfaq.myList";
  var NOTES_KEY = "patientfaq.myListNotes";

  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
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
      /* storage switched off: the list lasts for this page only */
    }
  }

  function ids() {
    var raw = load(KEY);
    if (!raw) {
      return [];
    }
    return raw.split(",").filter(function (id) {
      return /^\d+$/.test(id);
    });
  }

  function store(list) {
    save(KEY, list.join(","));
  }

  function listAddress(base, list) {
    return list.length ? base + "?entries=" + list.join(",") : base;
  }

  function entryPage(row) {
    var id = row.getAttribute("data-entry-id");
    var base = row.getAttribute("data-list-url");
    var button = row.querySelector("[data-my-list-toggle]");
    var link = row.querySelector("[data-my-list-link]");
    var count = row.querySelector("[data-my-list-count]");

    function show() {
      var list = ids();
      var chosen = list.indexOf(id) !== -1;
      button.setAttribute("aria-pressed", String(chosen));
      button.textContent = button.getAttribute(chosen ? "data-remove" : "data-add");
      count.textContent = String(list.length);
      link.setAttribute("href", listAddress(base, list));
    }

    button.addEventListener("click", function () {
      var list = ids();
      var at = list.indexOf(id);
      if (at === -1) {
        list.push(id);
      } else {
        list.splice(at, 1);
      }
      store(list);
      show();
    });
    row.hidden = false;
    show();
  }

  function choosingForm(form) {
    var boxes = form.querySelectorAll("input[name=entries]");
    var list = ids();
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].checked = list.indexOf(boxes[i].value) !== -1;
      boxes[i].addEventListener("change", function () {
        var chosen = [];
        for (var j = 0; j < boxes.length; j++) {
          if (boxes[j].checked) {
            chosen.push(boxes[j].value);
          }
        }
        store(chosen);
      });
    }
  }

  function listPage() {
    var notes = document.querySelector("[data-my-list-notes]");
    if (notes) {
      notes.value = load(NOTES_KEY) || "";
      notes.addEventListener("input", function () {
        save(NOTES_KEY, notes.value);
      });
    }
    var clear = document.querySelector("[data-my-list-clear]");
    if (clear) {
      clear.addEventListener("click", function () {
        save(KEY, "");
        save(NOTES_KEY, "");
        window.location.href = window.location.pathname;
      });
    }
  }

  function start() {
    var row = document.querySelector("[data-my-list]");
    if (row) {
      entryPage(row);
    }
    var form = document.querySelector("[data-my-list-form]");
    if (form) {
      choosingForm(form);
    }
    listPage();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
