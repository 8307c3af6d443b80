package com.careflow.portal.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * /error is where the container forwards failures; opened directly it has no failure to show, and Spring Boot's
 * error controller would call that a 500 (status 999, "None"). Opened directly it is a page that does not exist.
 */
class DirectErrorRequests implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                && handler instanceof HandlerMethod method
                && ErrorController.class.isAssignableFrom(method.getBeanType())) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        }
        return true;
    }
}
