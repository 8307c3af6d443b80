package com.careflow.notify;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
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

import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.ServiceOrder;

/**
 * Renders notifications in the recipient's language from {@code classpath:/mail/}. The template engine and
 * message bundle are private to this class, not beans: the portal in the same JVM has its own
 * {@code templateEngine} and {@code messageSource}, which must stay untouched.
 * <p>
 * Every subject and intro gets the same arguments, so a template's texts can use what they need without code:
 * {0} order number, {1} provider name, {2} appointment time, {3} amount, {4} "in 24 hours" (reminders),
 * {5} service name, {6} city.
 */
@Component
class MailRenderer {

    static final String DEFAULT_LOCALE = "zh-CN";

    private final MessageSource messages = messages();
    private final SpringTemplateEngine engine = engine(messages);

    RenderedMail render(MailTemplate template, ServiceOrder order, Recipient to, MailFacts facts) {
        Locale locale = to.locale();
        Object[] args = arguments(order, facts, locale);
        String subject = message(template.id() + ".subject", locale, args);
        String intro = message(template.id() + ".intro", locale, args);
        if (template == MailTemplate.ORDER_CANCELLED && order.wasPaid()) {
            intro += message("order-cancelled.refund", locale, args);
        }
        String reason = template.withReason() ? explainCancellation(order, facts.reasonText(), locale) : null;
        Context context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("subject", subject);
        context.setVariable("customerName", to.name() != null ? to.name() : message("mail.customer", locale));
        context.setVariable("intro", intro);
        context.setVariable("details", details(order, reason, locale));
        context.setVariable("orderUrl", to.link());
        return new RenderedMail(subject, engine.process("html/" + template.layout(), context),
                engine.process("text/" + template.layout(), context), summary(intro, reason, locale));
    }

    /** How the operations team is greeted. */
    String operationsName(Locale locale) {
        return message("mail.operations", locale);
    }

    private Object[] arguments(ServiceOrder order, MailFacts facts, Locale locale) {
        String provider = order.getProviderName() != null ? order.getProviderName()
                : message("mail.provider.unassigned", locale);
        String when = facts.hoursBefore() == null ? "" : message("mail.hours-before", locale, facts.hoursBefore());
        return new Object[] { order.getOrderNumber(), provider, time(order.getAppointmentStart(), locale),
                yuan(order.getAmount()), when, order.getServiceName(), order.getCity() };
    }

    /**
     * Why an order was cancelled, by its code ({@code cancelReason.<CODE>}), followed by the text it was cancelled
     * with (a decline's reason from the gateway). Orders cancelled before codes existed show their text.
     */
    private String explainCancellation(ServiceOrder order, String text, Locale locale) {
        CancelReason code = order.getCancelReasonCode();
        boolean hasText = text != null && !text.isBlank();
        if (code == null) {
            return hasText ? text : null;
        }
        String explained = message("cancelReason." + code.name(), locale);
        return hasText ? explained + message("mail.separator", locale) + text : explained;
    }

    private String summary(String intro, String reason, Locale locale) {
        return reason == null ? intro
                : intro + " " + message("mail.label.reason", locale) + message("mail.separator", locale) + reason;
    }

    /** Label → value rows, in the order the customer reads them; both layouts print them as they are. */
    private Map<String, String> details(ServiceOrder order, String reason, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(message("mail.label.order-number", locale), order.getOrderNumber());
        rows.put(message("mail.label.service", locale), order.getServiceName());
        rows.put(message("mail.label.amount", locale), yuan(order.getAmount()));
        if (order.getAppointmentStart() != null) {
            rows.put(message("mail.label.scheduled-at", locale), time(order.getAppointmentStart(), locale));
        }
        if (order.getProviderName() != null) {
            rows.put(message("mail.label.provider", locale), order.getProviderName());
        }
        if (order.getContactPhone() != null) {
            rows.put(message("mail.label.contact-phone", locale), order.getMaskedContactPhone());
        }
        rows.put(message("mail.label.status", locale), message("status." + order.getStatus(), locale));
        if (order.getRefundId() != null) {
            rows.put(message("mail.label.refund-id", locale), order.getRefundId());
        }
        if (reason != null) {
            rows.put(message("mail.label.reason", locale), reason);
        }
        return rows;
    }

    private String time(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern(message("mail.format.date-time", locale),
                locale));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /**
     * {@code mail/messages}: Chinese as the base bundle, English beside it; never the JVM's locale. Always
     * MessageFormat, so every text escapes quotes the same way whether it has arguments or not.
     */
    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
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
