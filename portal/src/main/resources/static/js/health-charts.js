// Health trend charts: every <canvas data-health-chart> gets a Chart.js line chart of its readings (data-points:
// [{x: epoch ms, y, y2?}]) with its risk bands shaded (data-bands: [{band, severity, from, to}], by
// chartjs-plugin-annotation). Chart.js and the plugin are the portal's /vendor/chart.js/ files (from the npm
// registry); the data comes in attributes because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var SHADES = {
    NORMAL: 'rgba(16, 185, 129, 0.12)',
    WATCH: 'rgba(245, 158, 11, 0.14)',
    HIGH: 'rgba(239, 68, 68, 0.14)',
    CRISIS: 'rgba(127, 29, 29, 0.22)'
  };

  function dateLabel(ms, lang) {
    var d = new Date(ms);
    return d.toLocaleDateString(lang, { month: 'numeric', day: 'numeric' });
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined') return;
    var points = JSON.parse(canvas.dataset.points || '[]');
    var bands = JSON.parse(canvas.dataset.bands || '[]');
    var lang = document.documentElement.lang || 'zh-CN';
    var values = points.map(function (p) { return p.y; }).concat(points.map(function (p) { return p.y2; }))
      .filter(function (v) { return v !== undefined && v !== null; });
    var low = Math.min.apply(null, values), high = Math.max.apply(null, values);
    var pad = Math.max((high - low) * 0.15, 1);
    var annotations = {};
    bands.forEach(function (band, i) {
      annotations['band' + i] = {
        type: 'box', drawTime: 'beforeDatasetsDraw', borderWidth: 0,
        yMin: band.from === null ? undefined : Number(band.from),
        yMax: band.to === null ? undefined : Number(band.to),
        backgroundColor: SHADES[band.severity] || 'transparent'
      };
    });
    var datasets = [{
      label: canvas.dataset.label, data: points.map(function (p) { return { x: p.x, y: Number(p.y) }; }),
      borderColor: '#0f766e', backgroundColor: '#0f766e', tension: 0.2, pointRadius: 3
    }];
    if (points.some(function (p) { return p.y2 !== undefined; })) {
      datasets.push({
        label: canvas.dataset.secondLabel, data: points.map(function (p) { return { x: p.x, y: Number(p.y2) }; }),
        borderColor: '#2563eb', backgroundColor: '#2563eb', tension: 0.2, pointRadius: 3
      });
    }
    var chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
        scales: {
          x: { type: 'linear', ticks: { callback: function (v) { return dateLabel(v, lang); }, maxTicksLimit: 8 } },
          y: { suggestedMin: low - pad, suggestedMax: high + pad, title: { display: true, text: canvas.dataset.unit } }
        },
        plugins: {
          annotation: { annotations: annotations },
          tooltip: { callbacks: { title: function (items) { return new Date(items[0].parsed.x).toLocaleString(lang); } } }
        }
      }
    });
    // the scenarios (and curious readers) can tell a drawn chart from an empty canvas
    canvas.dataset.drawn = String(chart.data.datasets[0].data.length);
    canvas.dataset.shadedBands = String(Object.keys(chart.options.plugins.annotation.annotations).length);
  }

  function start() {
    if (typeof Chart === 'undefined') return;
    // the plugin's UMD build registers itself when it finds Chart; registering again is harmless
    if (window['chartjs-plugin-annotation']) Chart.register(window['chartjs-plugin-annotation']);
    document.querySelectorAll('canvas[data-health-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
