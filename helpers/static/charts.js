// newsline: draws the Vega-Lite charts of a rendered page (the Vega scripts are inlined in the page's
// head) and, under an event explorer, shows the sentence of the event selected in it.
// Written by hand: vega-embed draws a chart, but nothing links its selection to an HTML panel.
(function () {
  "use strict";
  var PROMPT = "Click an event on the timeline or in the table to read its sentence here, " +
    "with its places, actors and times marked.";
  var holders = document.querySelectorAll('div[data-newsline="chart"]');
  window.newslineViews = [];
  Array.prototype.forEach.call(holders, function (holder) {
    var spec = JSON.parse(holder.querySelector('script[data-newsline="spec"]').textContent);
    var target = holder.querySelector(".newsline-chart");
    var panel = holder.querySelector(".newsline-sentence");
    if (panel) panel.textContent = PROMPT;
    vegaEmbed(target, spec, {renderer: "svg", actions: false}).then(function (result) {
      window.newslineViews.push(result.view);
      var meta = (spec.usermeta || {}).newsline;
      if (!meta || !panel) return;
      var rows = {};
      Object.keys(spec.datasets || {}).forEach(function (name) {
        spec.datasets[name].forEach(function (row) {
          if (row && row.id !== undefined && row[meta.sentence] !== undefined) rows[row.id] = row;
        });
      });
      result.view.addDataListener(meta.pick + "_store", function (name, tuples) {
        var picked = tuples && tuples.length ? rows[tuples[0].values[0]] : undefined;
        if (!picked) { panel.textContent = PROMPT; return; }
        var heading = document.createElement("p");
        heading.className = "newsline-label";
        heading.textContent = picked.when + ": " + picked.label + " (according to " + picked.sources.join("; ") +
          (picked.hedged ? "; hedged" : "") + "; " + picked.n_reports + " report" + (picked.n_reports > 1 ? "s" : "") + ")";
        var sentence = document.createElement("blockquote");
        // the kit escaped every character of the report in sentence_html; only its <mark>s are markup
        sentence.innerHTML = picked[meta.sentence];
        var report = document.createElement("p");
        report.className = "newsline-report";
        report.textContent = "First told in " + picked.report;
        panel.replaceChildren(heading, sentence, report);
      });
    }).catch(function (error) {
      target.textContent = "This chart could not be drawn: " + error;
    });
  });
})();
