package com.careflow.portal.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the unread count (own and group notices) into the model of every rendered page, for the badge in the
 * layout. An interceptor rather than a model-attribute advice: it runs only when a view is rendered, so redirects
 * and the JSON status API that the order page polls every two seconds do not pay for a count query.
 */
class UnreadNotificationsInterceptor implements HandlerInterceptor {

    static final String UNREAD = "unreadNotifications";

    private final NotificationInbox inbox;

    UnreadNotificationsInterceptor(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !page.hasView() || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Reader reader = Reader.of(SecurityContextHolder.getContext().getAuthentication());
        if (reader != null) {
            page.addObject(UNREAD, inbox.unread(reader));
        }
    }
}
