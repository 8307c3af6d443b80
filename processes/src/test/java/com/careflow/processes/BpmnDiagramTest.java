package com.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Association;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.SubProcess;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;

/** The models' diagrams are complete and readable in the Modeler: every element drawn, nothing on top of another. */
class BpmnDiagramTest {

    static final List<String> MODELS = Models.ALL;

    @ParameterizedTest
    @FieldSource("MODELS")
    void everyElementHasAShapeOrAnEdgeWithWaypoints(String file) {
        BpmnModelInstance model = Models.read(file);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getDiagramElement()).as("shape of %s", node.getId()).isInstanceOf(BpmnShape.class);
        }
        List<BaseElement> connections = new ArrayList<>(model.getModelElementsByType(SequenceFlow.class));
        connections.addAll(model.getModelElementsByType(Association.class));
        for (BaseElement connection : connections) {
            assertThat(connection.getDiagramElement()).as("edge of %s", connection.getId())
                    .isInstanceOfSatisfying(BpmnEdge.class,
                            edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
        }
        assertThat(model.getModelElementsByType(EndEvent.class)).allSatisfy(
                end -> assertThat(end.getName()).as("name of end event %s", end.getId()).isNotBlank());
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void boundaryEventsSitOnTheirHostsBorder(String file) {
        BpmnModelInstance model = Models.read(file);
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            Bounds own = bounds(event);
            Bounds host = bounds(event.getAttachedTo());
            double x = own.getX() + own.getWidth() / 2;
            double y = own.getY() + own.getHeight() / 2;
            boolean onHorizontalEdge = (y == host.getY() || y == host.getY() + host.getHeight())
                    && x > host.getX() && x < host.getX() + host.getWidth();
            boolean onVerticalEdge = (x == host.getX() || x == host.getX() + host.getWidth())
                    && y > host.getY() && y < host.getY() + host.getHeight();
            assertThat(onHorizontalEdge || onVerticalEdge).as("%s on the border of %s", event.getId(),
                    event.getAttachedTo().getId()).isTrue();
        }
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void noShapeOverlapsAnotherUnlessItIsInsideOrAttached(String file) {
        BpmnModelInstance model = Models.read(file);
        List<FlowNode> nodes = List.copyOf(model.getModelElementsByType(FlowNode.class));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                FlowNode a = nodes.get(i);
                FlowNode b = nodes.get(j);
                if (!related(a, b)) {
                    assertThat(overlap(bounds(a), bounds(b))).as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
    }

    private static boolean related(FlowNode a, FlowNode b) {
        return contains(a, b) || contains(b, a) || attached(a, b) || attached(b, a);
    }

    private static boolean contains(FlowNode outer, FlowNode inner) {
        return outer instanceof SubProcess && (inner.getParentElement() == outer
                || inner instanceof BoundaryEvent boundary && boundary.getAttachedTo() == outer);
    }

    private static boolean attached(FlowNode host, FlowNode event) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static Bounds bounds(BaseElement element) {
        return ((BpmnShape) element.getDiagramElement()).getBounds();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
