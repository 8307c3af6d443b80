// bpmnlint with its "recommended" rules, for the portal's server (GraalJS, com.careflow.portal.analyst.lint) and
// any page that wants the same verdicts. Exposes careflowLint(xml): parses the BPMN with bpmn-moddle, lints it, and
// resolves to the JSON of [{rule, id, message, category}] (category "error" / "warn"), parse warnings as rule "xml".
// A document that is no BPMN at all is one "xml" error; the promise never rejects.
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import recommended from 'bpmnlint/config/recommended';

// every rule the recommended config names, bundled by esbuild from bpmnlint's rules folder (no hand-kept list)
function rule(name) {
  return require(`../node_modules/bpmnlint/rules/${name}.js`);
}

const cache = { 'config:bpmnlint/recommended': recommended };
for (const name of Object.keys(recommended.rules)) {
  cache[`rule:bpmnlint/${name}`] = rule(name);
}
const resolver = new StaticResolver(cache);

function flatten(results) {
  const findings = [];
  for (const [ruleName, reports] of Object.entries(results)) {
    for (const report of reports) {
      findings.push({ rule: ruleName, id: report.id || null, message: report.message, category: report.category });
    }
  }
  return findings;
}

function parseWarnings(warnings) {
  return (warnings || []).map(warning => ({
    rule: 'xml', id: (warning.element && warning.element.id) || null, message: warning.message, category: 'warn'
  }));
}

globalThis.careflowLint = function (xml) {
  // a linter per run: it caches its rule instances, and some rules (no-duplicate-sequence-flows) keep state in them
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver });
  return new BpmnModdle().fromXML(xml)
    .then(({ rootElement, warnings }) => linter.lint(rootElement)
      .then(results => parseWarnings(warnings).concat(flatten(results))))
    .then(findings => JSON.stringify(findings),
      error => JSON.stringify([{ rule: 'xml', id: null, message: String(error && error.message || error),
        category: 'error' }]));
};
