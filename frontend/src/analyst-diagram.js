// The analyst workspace's diagram pages (portal templates analyst/diagram.html and analyst/diff.html).
// bpmn-js and dmn-js come as bpmn.io ship them (/vendor/bpmn-js, /vendor/dmn-js: globals BpmnJS, DmnJS, watermark
// kept); this bundle adds the overlays, the element panel and the version diff (bpmn-js-differ).
import { diff } from 'bpmn-js-differ';

const REFRESH_MS = 10000;
const HEAT_LEVELS = 5;

async function fetchText(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/xml' } });
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.text();
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.json();
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function failed(container, error) {
  container.dataset.rendered = 'error';
  const message = element('p', 'notice notice-error analyst-error', container.dataset.error || 'Error');
  message.append(' ', element('code', null, error && error.message ? error.message : String(error)));
  container.replaceChildren(message);
}

/** Seconds as "12.5 s", "4 min 2 s", "3 h 5 min", "2 d 4 h". */
function duration(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return (Math.round(seconds * 10) / 10) + ' s';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes + ' min ' + Math.round(seconds % 60) + ' s';
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours + ' h ' + (minutes % 60) + ' min';
  return Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
}

function fit(viewer) {
  viewer.get('canvas').zoom('fit-viewport', 'auto');
}

async function decisionViewer(container, xml) {
  const viewer = new window.DmnJS({ container });
  await viewer.importXML(xml);
  return viewer;
}

// ---- the diagram page: one version, its live and historic counts, the element panel ----

function diagramPage(root) {
  const xmlUrl = root.dataset.xmlUrl;
  fetchText(xmlUrl).then(async xml => {
    if (root.dataset.kind === 'DECISION') {
      await decisionViewer(root, xml);
      root.dataset.rendered = 'true';
      return;
    }
    const viewer = new window.BpmnJS({ container: root });
    await viewer.importXML(xml);
    fit(viewer);
    const overlay = new ActivityOverlay(viewer, root, document.getElementById('element-panel'));
    await overlay.refresh();
    root.dataset.rendered = 'true';
    setInterval(() => overlay.refresh().catch(() => { /* the next refresh tries again */ }), REFRESH_MS);
  }).catch(error => failed(root, error));
}

class ActivityOverlay {
  constructor(viewer, root, panel) {
    this.viewer = viewer;
    this.root = root;
    this.panel = panel;
    this.overlays = viewer.get('overlays');
    this.canvas = viewer.get('canvas');
    this.registry = viewer.get('elementRegistry');
    this.activity = { elements: {}, maxEntered: 0 };
    this.selected = null;
    viewer.on('element.click', event => this.select(event.element));
  }

  async refresh() {
    this.activity = await fetchJson(this.root.dataset.activityUrl);
    this.render();
  }

  render() {
    this.overlays.remove({ type: 'analyst' });
    this.registry.forEach(shape => {
      for (let level = 1; level <= HEAT_LEVELS; level++) this.canvas.removeMarker(shape, 'heat-' + level);
      this.canvas.removeMarker(shape, 'has-incident');
    });
    const { elements, maxEntered } = this.activity;
    for (const [id, view] of Object.entries(elements)) {
      const shape = this.registry.get(id);
      if (!shape || shape.waypoints || shape.type === 'label') continue;
      if (view.waiting > 0) this.badge(id, 'badge-waiting', view.waiting, { top: -12, left: -12 });
      if (view.entered > 0) {
        this.badge(id, 'badge-passed', view.entered, { bottom: 2, left: -12 });
        const level = Math.max(1, Math.ceil(HEAT_LEVELS * view.entered / Math.max(1, maxEntered)));
        this.canvas.addMarker(shape, 'heat-' + level);
      }
      if (view.incidents.length > 0) {
        this.badge(id, 'badge-incident', view.incidents.length, { top: -12, right: 12 });
        this.canvas.addMarker(shape, 'has-incident');
      }
    }
    const missing = document.getElementById('coverage-missing');
    if (missing) missing.hidden = this.activity.coverageRecorded !== false;
    this.root.dataset.waiting = JSON.stringify(Object.fromEntries(Object.entries(elements)
      .filter(([, view]) => view.waiting > 0).map(([id, view]) => [id, view.waiting])));
    if (this.selected) this.select(this.selected);
  }

  badge(id, className, count, position) {
    const badge = element('span', 'analyst-badge ' + className, count);
    badge.dataset.element = id;
    this.overlays.add(id, 'analyst', { position, html: badge });
  }

  select(shape) {
    if (!this.panel || !shape || shape.type === 'label') return;
    const fresh = this.registry.get(shape.id);
    if (!fresh) return;
    this.selected = fresh;
    const view = this.activity.elements[fresh.id] || {
      waiting: 0, entered: 0, finished: 0, averageSeconds: null, topic: null, module: null, scenarios: [], incidents: []
    };
    const labels = this.panel.dataset;
    const bo = fresh.businessObject || {};
    document.getElementById('panel-hint').hidden = true;
    document.getElementById('panel-body').hidden = false;
    this.panel.dataset.element = fresh.id;
    document.getElementById('panel-name').textContent = bo.name || fresh.id;
    document.getElementById('panel-id').textContent = fresh.id + ' · ' + (bo.$type || fresh.type);
    document.getElementById('panel-topic').textContent = view.topic || '—';
    document.getElementById('panel-module').textContent = view.topic ? (view.module || labels.labelNoWorker) : '—';
    document.getElementById('panel-waiting').textContent = view.waiting;
    document.getElementById('panel-entered').textContent = view.entered;
    document.getElementById('panel-duration').textContent = duration(view.averageSeconds);
    const scenarios = document.getElementById('panel-scenarios');
    scenarios.replaceChildren(...(view.scenarios.length ? view.scenarios.map(name => element('li', 'scenario', name))
      : [element('li', 'muted', labels.labelNone)]));
    const incidents = document.getElementById('panel-incidents');
    incidents.replaceChildren(...(view.incidents.length ? view.incidents.map(incident => {
      const item = element('li', 'incident');
      item.dataset.incident = incident.id;
      item.append(element('span', 'mono', incident.businessKey || incident.processInstanceId), ' ',
        element('span', 'incident-message', incident.message || ''));
      for (const link of incident.links) {
        const anchor = element('a', 'incident-link incident-link-' + link.kind,
          labels['label' + link.kind.charAt(0).toUpperCase() + link.kind.slice(1)]);
        anchor.href = link.href;
        item.append(' ', anchor);
      }
      return item;
    }) : [element('li', 'muted', labels.labelNone)]));
  }
}

// ---- the diff page: two versions side by side, differences marked ----

function diffPage(root) {
  const older = document.getElementById('diff-older');
  const newer = document.getElementById('diff-newer');
  Promise.all([fetchText(older.dataset.xmlUrl), fetchText(newer.dataset.xmlUrl)]).then(async ([oldXml, newXml]) => {
    if (root.dataset.kind === 'DECISION') {
      await decisionViewer(older, oldXml);
      await decisionViewer(newer, newXml);
      root.dataset.rendered = 'true';
      return;
    }
    const before = new window.BpmnJS({ container: older });
    const after = new window.BpmnJS({ container: newer });
    await before.importXML(oldXml);
    await after.importXML(newXml);
    fit(before);
    fit(after);
    markDifferences(before, after, diff(before.getDefinitions(), after.getDefinitions()));
    root.dataset.rendered = 'true';
  }).catch(error => failed(root, error));
}

function markDifferences(before, after, changes) {
  const list = document.getElementById('diff-list');
  const labels = list.dataset;
  const items = [];
  const mark = (viewer, id, marker) => {
    if (viewer.get('elementRegistry').get(id)) viewer.get('canvas').addMarker(id, marker);
  };
  const note = (kind, id, model) => {
    const item = element('li', 'diff-' + kind);
    item.dataset.change = kind;
    item.dataset.element = id;
    const label = labels['label' + kind.charAt(0).toUpperCase() + kind.slice(1)];
    item.append(element('span', 'diff-kind', label), ' ',
      element('span', null, (model && model.name) || id), ' ', element('code', 'muted', id));
    items.push(item);
  };
  for (const [id, model] of Object.entries(changes._added)) { mark(after, id, 'diff-added'); note('added', id, model); }
  for (const [id, model] of Object.entries(changes._removed)) {
    mark(before, id, 'diff-removed');
    note('removed', id, model);
  }
  for (const [id, change] of Object.entries(changes._changed)) {
    mark(before, id, 'diff-changed');
    mark(after, id, 'diff-changed');
    note('changed', id, change.model);
  }
  for (const [id, model] of Object.entries(changes._layoutChanged)) {
    if (changes._changed[id]) continue;
    mark(before, id, 'diff-layout');
    mark(after, id, 'diff-layout');
    note('layout', id, model);
  }
  list.replaceChildren(...items);
  document.getElementById('diff-none').hidden = items.length > 0;
}

const diagram = document.getElementById('diagram');
if (diagram) diagramPage(diagram);
const versions = document.getElementById('diff');
if (versions) diffPage(versions);
