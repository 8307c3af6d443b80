package com.careflow.portal.system;

import org.springframework.web.bind.ServletRequestBindingException;

/**
 * A request parameter whose name is a property path ({@code serviceId[$ne]}, {@code cardNumber[0]},
 * {@code title.x}) rather than a plain field name. Such names would reach into the form objects (indexes, map keys,
 * nested beans) and fail there; {@link ParameterNameGuard} turns them away first, {@link BadRequestAdvice} answers 400.
 */
public class MalformedParameterException extends ServletRequestBindingException {

    private final String parameterName;

    public MalformedParameterException(String parameterName) {
        super("Malformed parameter name '" + parameterName + "'");
        this.parameterName = parameterName;
    }

    public String getParameterName() {
        return parameterName;
    }
}
