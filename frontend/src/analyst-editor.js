// The analysts' draft editor (templates/analyst/edit/editor.html): bpmn-js's modeler (or dmn-js's for decision
// tables) from /vendor/, a small properties form for the attributes CareFlow uses, and the server's lint findings
// marked on their elements. The forms that save or deploy send the modeler's XML with them.
//
// Why our own form and not bpmn-js-properties-panel: CareFlow edits five attributes (topic, candidate groups, due
// date, message, timer); the panel would mean bundling bpmn-js from source with its panel modules instead of using
// bpmn.io's distribution as shipped, for a panel that shows dozens of fields analysts must not touch here.
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';

// Operaton's namespace is Camunda 7's with another prefix and URI: camunda-bpmn-moddle's descriptor, re-prefixed
const operaton = JSON.parse(JSON.stringify(camunda).replaceAll('camunda:', 'operaton:'));
Object.assign(operaton, { name: 'Operaton', prefix: 'operaton', uri: 'http://operaton.org/schema/1.0/bpmn' });

const TIMER_TYPES = ['timeDuration', 'timeDate', 'timeCycle'];

function start() {
  const container = document.getElementById('analyst-canvas');
  if (!container) return;
  const state = { container, modeler: null };
  window.careflowEditor = state; // for tests: the modeler and whether the import succeeded
  fetch(container.dataset.xmlUrl, { credentials: 'same-origin' })
    .then(response => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    })
    .then(xml => (container.dataset.kind === 'DMN' ? openDmn(state, xml) : openBpmn(state, xml)))
    .then(() => { container.dataset.state = 'ready'; })
    .catch(error => {
      container.dataset.state = 'failed';
      container.dataset.error = String(error && error.message || error);
      const message = document.createElement('p');
      message.className = 'alert alert-error';
      message.textContent = container.dataset.error;
      container.appendChild(message);
    });
  document.querySelectorAll('form.draft-xml-form').forEach(form => form.addEventListener('submit', event => {
    if (form.dataset.filled === 'true' || !state.modeler) return;
    event.preventDefault();
    state.modeler.saveXML({ format: true }).then(({ xml }) => {
      form.querySelector('textarea[name="xml"]').value = xml;
      form.dataset.filled = 'true';
      form.submit();
    });
  }));
}

function openBpmn(state, xml) {
  const modeler = new window.BpmnJS({ container: state.container, moddleExtensions: { operaton } });
  state.modeler = modeler;
  return modeler.importXML(xml).then(({ warnings }) => {
    state.container.dataset.warnings = String(warnings.length);
    modeler.get('canvas').zoom('fit-viewport');
    markFindings(modeler);
    const form = document.getElementById('analyst-properties-form');
    if (form) {
      const properties = new Properties(modeler, form, document.getElementById('analyst-properties').dataset);
      modeler.get('eventBus').on('selection.changed', ({ newSelection }) => properties.show(newSelection[0]));
      modeler.get('eventBus').on('elements.changed', () => properties.refresh());
    }
  });
}

function openDmn(state, xml) {
  const modeler = new window.DmnJS({ container: state.container });
  state.modeler = modeler;
  return modeler.importXML(xml).then(({ warnings }) => {
    state.container.dataset.warnings = String(warnings.length);
    // the decision table is what analysts change; the requirements diagram is one click away in dmn-js's tabs
    const table = modeler.getViews().find(view => view.type === 'decisionTable');
    if (table) return modeler.open(table);
    return undefined;
  });
}

// Each server finding with an element: a marker on the element and a badge with the finding's text.
function markFindings(modeler) {
  const registry = modeler.get('elementRegistry');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  document.querySelectorAll('.lint-finding[data-element]').forEach(item => {
    const id = item.dataset.element;
    const element = id && registry.get(id);
    if (!element) return;
    const severity = item.dataset.severity;
    canvas.addMarker(id, 'lint-marker-' + severity);
    const badge = document.createElement('span');
    badge.className = 'lint-badge lint-badge-' + severity;
    badge.textContent = severity === 'error' ? '!' : '?';
    badge.title = item.querySelector('.lint-text').textContent;
    badge.dataset.element = id;
    overlays.add(id, 'lint', { position: { top: -10, right: 10 }, html: badge });
    item.classList.add('lint-finding-linked');
    item.addEventListener('click', () => modeler.get('selection').select(element));
  });
}

// The properties form: what CareFlow reads from an element, written back through bpmn-js's modeling commands (so
// undo and the saved XML see every change).
class Properties {
  constructor(modeler, root, labels) {
    this.modeler = modeler;
    this.root = root;
    this.labels = labels;
    this.element = null;
  }

  refresh() {
    if (this.element) this.show(this.element);
  }

  show(element) {
    this.element = element || null;
    this.root.replaceChildren();
    if (!element || element.type === 'label') {
      this.root.appendChild(text('p', this.labels.labelNone, 'muted'));
      return;
    }
    const bo = element.businessObject;
    const heading = text('p', '', 'mono');
    heading.id = 'prop-element';
    heading.textContent = bo.id + ' · ' + element.type.replace('bpmn:', '');
    this.root.appendChild(heading);
    const definitions = bo.eventDefinitions || [];
    const message = definitions.find(definition => definition.$instanceOf('bpmn:MessageEventDefinition'));
    const timer = definitions.find(definition => definition.$instanceOf('bpmn:TimerEventDefinition'));
    if (['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'].includes(element.type)) {
      this.field('prop-topic', this.labels.labelTopic, bo.get('operaton:topic'),
        value => this.updateExternal(element, bo, value));
    }
    if (message && ['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent'].includes(element.type)) {
      this.field('prop-topic', this.labels.labelTopic, message.get('operaton:topic'),
        value => this.updateExternal(element, message, value));
    }
    if (element.type === 'bpmn:UserTask') {
      this.field('prop-groups', this.labels.labelGroups, bo.get('operaton:candidateGroups'),
        value => this.modeling().updateProperties(element, { 'operaton:candidateGroups': value || undefined }));
      this.field('prop-due', this.labels.labelDue, bo.get('operaton:dueDate'),
        value => this.modeling().updateProperties(element, { 'operaton:dueDate': value || undefined }));
    }
    if (message && !['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent'].includes(element.type)) {
      this.field('prop-message', this.labels.labelMessage, message.messageRef && message.messageRef.name,
        value => this.updateMessage(element, message, value));
    }
    if (element.type === 'bpmn:ReceiveTask') {
      this.field('prop-message', this.labels.labelMessage, bo.messageRef && bo.messageRef.name,
        value => this.updateMessage(element, bo, value));
    }
    if (timer) this.timer(element, timer);
  }

  modeling() {
    return this.modeler.get('modeling');
  }

  updateExternal(element, target, topic) {
    const changes = { 'operaton:type': topic ? 'external' : undefined, 'operaton:topic': topic || undefined };
    if (target === element.businessObject) this.modeling().updateProperties(element, changes);
    else this.modeling().updateModdleProperties(element, target, changes);
  }

  // A message is shared by name: an existing one is referred to, a new name becomes a new message
  updateMessage(element, target, name) {
    if (!name) return;
    const definitions = this.modeler.getDefinitions();
    let message = definitions.rootElements.find(root => root.$instanceOf('bpmn:Message') && root.name === name);
    if (!message) {
      message = this.modeler.get('bpmnFactory').create('bpmn:Message', { name });
      this.modeling().updateModdleProperties(element, definitions,
        { rootElements: definitions.rootElements.concat(message) });
    }
    this.modeling().updateModdleProperties(element, target, { messageRef: message });
  }

  timer(element, definition) {
    const current = TIMER_TYPES.find(type => definition.get(type)) || 'timeDuration';
    const body = definition.get(current) ? definition.get(current).body : '';
    const wrapper = this.labelled('prop-timer-type', this.labels.labelTimerType);
    const select = document.createElement('select');
    select.id = 'prop-timer-type';
    for (const [type, label] of [['timeDuration', this.labels.labelDuration], ['timeDate', this.labels.labelDate],
      ['timeCycle', this.labels.labelCycle]]) {
      const option = document.createElement('option');
      option.value = type;
      option.textContent = label;
      option.selected = type === current;
      select.appendChild(option);
    }
    wrapper.appendChild(select);
    const input = this.field('prop-timer-value', this.labels.labelTimerValue, body, () => {});
    const apply = () => {
      const changes = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
      if (input.value) {
        changes[select.value] = this.modeler.get('bpmnFactory').create('bpmn:FormalExpression', { body: input.value });
      }
      this.modeling().updateModdleProperties(element, definition, changes);
    };
    select.addEventListener('change', apply);
    input.addEventListener('change', apply);
  }

  labelled(id, label) {
    const wrapper = document.createElement('div');
    wrapper.className = 'field';
    const labelElement = text('label', label);
    labelElement.htmlFor = id;
    wrapper.appendChild(labelElement);
    this.root.appendChild(wrapper);
    return wrapper;
  }

  field(id, label, value, onChange) {
    const wrapper = this.labelled(id, label);
    const input = document.createElement('input');
    input.type = 'text';
    input.id = id;
    input.value = value || '';
    input.addEventListener('change', () => onChange(input.value.trim()));
    wrapper.appendChild(input);
    return input;
  }
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content || '';
  if (className) element.className = className;
  return element;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
