/* Questions on an exported (static) copy of the site. With a live answer API configured, the
   question goes there (POST, so it stays out of addresses and logs) and its answer is shown,
   urgent guidance first. Otherwise, or when the API cannot be reached, the approved entries
   shipped with the export are searched here in the browser: a small BM25 over their
   questions, "also asked as" phrasings and short answers. That search cannot recognise urgent
   signs, so the emergency guidance stays on screen. Nothing is stored or sent elsewhere. */
(function () {
  "use strict";

  var K1 = 1.2;
  var B = 0.75;
  var MAX_RESULTS = 5;

  /* Lower case, no accents, words of two letters or more, endings trimmed a little so that
     "jerks", "jerking" and "jerk" meet. Crude on purpose: it must work in every language. */
  function tokens(text) {
    var plain = String(text || "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    var words = plain.split(/[^\p{L}\p{N}]+/u);
    var found = [];
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (word.length < 2) {
        continue;
      }
      if (/^(ال|وال|بال)/.test(word) && word.length > 4) {
        word = word.replace(/^(و|ب)?ال/, "");
      }
      if (word.length > 4) {
        word = word.replace(/(ing|ed|es|s)$/, "");
      }
      found.push(word.slice(0, 6));
    }
    return found;
  }

  function buildIndex(entries) {
    var docs = [];
    var frequency = {};
    var total = 0;
    entries.forEach(function (entry) {
      var words = [].concat(
        tokens(entry.question), tokens(entry.question), tokens(entry.question),
        tokens((entry.also_asked || []).join(" ")), tokens((entry.also_asked || []).join(" ")),
        tokens(entry.short_answer)
      );
      var counts = {};
      words.forEach(function (word) {
        counts[word] = (counts[word] || 0) + 1;
      });
      Object.keys(counts).forEach(function (word) {
        frequency[word] = (frequency[word] || 0) + 1;
      });
      total += words.length;
      docs.push({ entry: entry, counts: counts, length: words.length });
    });
    return { docs: docs, frequency: frequency, average: total / Math.max(docs.length, 1) };
  }

  function search(index, question) {
    var asked = Array.from(new Set(tokens(question)));
    var n = index.docs.length;
    var scored = index.docs.map(function (doc) {
      var score = 0;
      asked.forEach(function (word) {
        var tf = doc.counts[word] || 0;
        if (!tf) {
          return;
        }
        var df = index.frequency[word];
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += idf * (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * doc.length / index.average));
      });
      return { entry: doc.entry, score: score };
    });
    return scored
      .filter(function (item) { return item.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .slice(0, MAX_RESULTS);
  }

  function start(box) {
    var root = box.getAttribute("data-site-root");
    var api = box.getAttribute("data-answer-api");
    var language = box.getAttribute("data-language");
    var question = new URLSearchParams(window.location.search).get("q") || "";
    var input = document.querySelector("form.ask input[name=q]");
    if (input) {
      input.value = question;
    }
    if (!question.trim()) {
      return;
    }
    box.querySelector("[data-search-empty]").hidden = true;
    var entries = fetch(box.getAttribute("data-index"))
      .then(function (response) { return response.json(); })
      .then(function (data) { return data.entries; });

    function localUrl(entry) {
      return root + entry.url.replace(/^\//, "");
    }

    function show(items, answered) {
      var list = box.querySelector("[data-results]");
      list.textContent = "";
      items.forEach(function (item) {
        var row = document.createElement("li");
        row.className = "result";
        if (item.language && item.language !== language) {
          row.setAttribute("lang", item.language);
        }
        var heading = document.createElement("h2");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.question;
        heading.appendChild(link);
        var summary = document.createElement("p");
        summary.className = "short-answer-text";
        summary.textContent = item.short_answer;
        row.appendChild(heading);
        row.appendChild(summary);
        list.appendChild(row);
      });
      list.hidden = !answered || !items.length;
      box.querySelector("[data-no-answer]").hidden = answered && items.length > 0;
    }

    function answerHere() {
      entries.then(function (all) {
        var found = search(buildIndex(all), question);
        show(found.map(function (item) {
          return {
            url: localUrl(item.entry),
            question: item.entry.question,
            short_answer: item.entry.short_answer,
            language: item.entry.language
          };
        }), true);
      });
    }

    function showUrgent(urgent) {
      var section = box.querySelector("[data-urgent]");
      section.hidden = !urgent;
      if (!urgent) {
        return;
      }
      section.setAttribute("role", "alert");
      box.querySelector("[data-urgent-noticed]").hidden = false;
      var signs = box.querySelector("[data-urgent-signs]");
      signs.querySelector("span").textContent = urgent.signs.map(function (sign) {
        return sign.label;
      }).join("; ");
      signs.hidden = false;
      var crisis = box.querySelector("[data-crisis-line]");
      if (crisis) {
        crisis.hidden = !urgent.signs.some(function (sign) {
          return sign.key === "suicide_self_harm" || sign.key === "urgent_wording";
        });
      }
    }

    function answerLive() {
      var asked = fetch(api, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ q: question, language: language })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error("answer API " + response.status);
        }
        return response.json();
      });
      Promise.all([asked, entries.catch(function () { return []; })]).then(function (both) {
        var answer = both[0];
        var here = {};
        both[1].forEach(function (entry) {
          here[entry.id] = localUrl(entry);
        });
        showUrgent(answer.urgent);
        box.querySelector("[data-care-team]").hidden = !answer.personal_advice_note;
        show(answer.results.map(function (result) {
          return {
            url: here[result.id] || result.url,
            question: result.question,
            short_answer: result.short_answer
          };
        }), answer.answered);
      }).catch(answerHere);
    }

    if (api) {
      answerLive();
    } else {
      answerHere();
    }
  }

  function ready() {
    var box = document.querySelector("[data-static-search]");
    if (box) {
      start(box);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
