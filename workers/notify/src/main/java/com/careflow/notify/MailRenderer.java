package com.careflow.notify;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.careflow.domain.order.ServiceOrder;

/**
 * Renders customer notifications in the order's language from {@code classpath:/mail/}. The template engine
 * and message bundle are private to this class, not beans: the portal in the same JVM has its own
 * {@code templateEngine} and {@code messageSource}, which must stay untouched.
 */
@Component
class MailRenderer {

    static final String DEFAULT_LOCALE = "zh-CN";

    private final PortalLinks links;
    private final MessageSource messages = messages();
    private final SpringTemplateEngine engine = engine(messages);

    MailRenderer(PortalLinks links) {
        this.links = links;
    }

    RenderedMail render(MailTemplate template, ServiceOrder order, String reason) {
        Locale locale = Locale.forLanguageTag(order.getLocale() == null ? DEFAULT_LOCALE : order.getLocale());
        String subject = message(template.id() + ".subject", locale, order.getOrderNumber());
        Context context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("subject", subject);
        context.setVariable("customerName", customerName(order, locale));
        String intro = message(template.id() + ".intro", locale);
        context.setVariable("intro", intro);
        context.setVariable("details", details(order, reason, locale));
        context.setVariable("orderUrl", links.order(order.getOrderNumber()));
        return new RenderedMail(subject, engine.process("html/" + template.layout(), context),
                engine.process("text/" + template.layout(), context), summary(intro, reason, locale));
    }

    private String summary(String intro, String reason, Locale locale) {
        return reason == null || reason.isBlank() ? intro
                : intro + " " + message("mail.label.reason", locale) + message("mail.separator", locale) + reason;
    }

    /** Label → value rows, in the order the customer reads them; both layouts print them as they are. */
    private Map<String, String> details(ServiceOrder order, String reason, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(message("mail.label.order-number", locale), order.getOrderNumber());
        rows.put(message("mail.label.service", locale), order.getServiceName());
        rows.put(message("mail.label.amount", locale), yuan(order.getAmount()));
        if (order.getScheduledAt() != null) {
            rows.put(message("mail.label.scheduled-at", locale), order.getScheduledAt()
                    .format(DateTimeFormatter.ofPattern(message("mail.format.date-time", locale), locale)));
        }
        if (order.getContactPhone() != null) {
            rows.put(message("mail.label.contact-phone", locale), order.getMaskedContactPhone());
        }
        rows.put(message("mail.label.status", locale), message("status." + order.getStatus(), locale));
        if (reason != null && !reason.isBlank()) {
            rows.put(message("mail.label.reason", locale), reason);
        }
        return rows;
    }

    private String customerName(ServiceOrder order, Locale locale) {
        String name = order.getCustomerName() != null ? order.getCustomerName() : order.getContactName();
        return name != null ? name : message("mail.customer", locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** {@code mail/messages}: Chinese as the base bundle, English beside it; never the JVM's locale. */
    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static SpringTemplateEngine engine(MessageSource messages) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "html/*", ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "text/*", ".txt", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }
}
