package com.careflow.worker.codebase;

import java.util.function.Consumer;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePathScanner;

/**
 * Finds the {@code MESSAGE_*} string constants passed as arguments of method calls in one source file. Annotation
 * processing sees method bodies before the compiler has resolved their names, so the constant's class is resolved
 * here from the file's imports: {@code ServiceOrderProcess.MESSAGE_X} by the imported (or same-package) class, a bare
 * {@code MESSAGE_X} by a static import; the value is then the compiled constant of that field.
 */
final class MessageConstants extends TreePathScanner<Void, Void> {

    private static final String PREFIX = "MESSAGE_";

    private final Elements elements;
    private final CompilationUnitTree unit;
    private final Consumer<String> found;

    MessageConstants(Elements elements, CompilationUnitTree unit, Consumer<String> found) {
        this.elements = elements;
        this.unit = unit;
        this.found = found;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        for (ExpressionTree argument : call.getArguments()) {
            String value = switch (argument) {
                case MemberSelectTree select when select.getIdentifier().toString().startsWith(PREFIX) ->
                        constant(typeNamed(select.getExpression().toString()), select.getIdentifier().toString());
                case IdentifierTree name when name.getName().toString().startsWith(PREFIX) ->
                        constant(staticallyImported(name.getName().toString()), name.getName().toString());
                default -> null;
            };
            if (value != null) {
                found.accept(value);
            }
        }
        return super.visitMethodInvocation(call, unused);
    }

    /** {@code ServiceOrderProcess} or {@code com.careflow.domain.process.ServiceOrderProcess}, as this file sees it. */
    private TypeElement typeNamed(String name) {
        if (name.contains(".")) {
            TypeElement qualified = elements.getTypeElement(name);
            if (qualified != null) {
                return qualified;
            }
        }
        for (ImportTree imported : unit.getImports()) {
            String target = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && target.endsWith("." + name)) {
                return elements.getTypeElement(target);
            }
        }
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        return elements.getTypeElement(pkg + name);
    }

    /** The class of {@code import static a.B.MESSAGE_X;} or {@code import static a.B.*;}. */
    private TypeElement staticallyImported(String field) {
        for (ImportTree imported : unit.getImports()) {
            String target = imported.getQualifiedIdentifier().toString();
            if (imported.isStatic() && (target.endsWith("." + field) || target.endsWith(".*"))) {
                TypeElement type = elements.getTypeElement(target.substring(0, target.lastIndexOf('.')));
                if (constant(type, field) != null) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String constant(TypeElement type, String field) {
        if (type == null) {
            return null;
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(field)
                    && ((VariableElement) member).getConstantValue() instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
