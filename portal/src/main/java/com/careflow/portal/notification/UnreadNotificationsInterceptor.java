package com.careflow.portal.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;

/**
 * Puts the unread count into the model of every rendered page, for the badge in the layout. An interceptor rather
 * than a model-attribute advice: it runs only when a view is rendered, so redirects and the JSON status API that
 * the order page polls every two seconds do not pay for a count query.
 */
class UnreadNotificationsInterceptor implements HandlerInterceptor {

    static final String UNREAD = "unreadNotifications";

    private final Notifications notifications;

    UnreadNotificationsInterceptor(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !page.hasView() || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            // SENT = delivered to the in-app inbox and not yet opened
            page.addObject(UNREAD, notifications.countByRecipientIdAndChannelAndStatus(user.getSubject(),
                    NotificationChannel.IN_APP, NotificationStatus.SENT));
        }
    }
}
