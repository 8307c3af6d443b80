package com.careflow.notify;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a {@link Letter} out as a notification in the recipient's language, from {@code classpath:/mail/}: the
 * subject and intro by the template's id, an HTML and a text body in its layout's style, and the short summary the
 * portal lists. The template engine is private to this class, not a bean: the portal in the same JVM has its own
 * {@code templateEngine}, which must stay untouched.
 */
@Component
class MailRenderer {

    private final MailTexts texts;
    private final SpringTemplateEngine engine;

    MailRenderer(MailTexts texts) {
        this.texts = texts;
        this.engine = engine(texts);
    }

    RenderedMail render(MailTemplate template, Recipient to, Letter letter) {
        Locale locale = to.locale();
        String subject = texts.get(template.id() + ".subject", locale, letter.arguments());
        String intro = texts.get(template.id() + ".intro", locale, letter.arguments())
                + (letter.addendum() == null ? "" : letter.addendum());
        Context context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("subject", subject);
        context.setVariable("heading", texts.get("mail.heading." + template.layout().id(), locale));
        context.setVariable("accent", template.layout().accent());
        context.setVariable("recipientName", to.name() != null ? to.name()
                : texts.get(template.audience().greetingKey(), locale));
        context.setVariable("intro", intro);
        context.setVariable("details", letter.details());
        context.setVariable("reasons", letter.reasons());
        context.setVariable("link", to.link());
        context.setVariable("linkLabel", texts.get("mail.view." + template.layout().id(), locale));
        return new RenderedMail(subject, engine.process("html/letter", context),
                engine.process("text/letter", context), summary(intro, letter.reasons(), locale));
    }

    /** The in-app version: the intro and the reasons on one line, without greeting and footer. */
    private String summary(String intro, Letter.Reasons reasons, Locale locale) {
        return reasons == null ? intro : intro + " " + reasons.label() + texts.separator(locale)
                + String.join(texts.get("mail.list-separator", locale), reasons.items());
    }

    private static SpringTemplateEngine engine(MailTexts texts) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(texts.source());
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
