package dev.rounds.template;

import dev.rounds.diagnostic.Diagnostic;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the theme's FreeMarker templates; one configuration per build, shared by every thread. */
public final class TemplateRenderer {
    static {
        // FreeMarker would otherwise pick a logging library by itself and may print through it.
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration configuration;
    private final ThemeResolver themes;

    public TemplateRenderer(ThemeResolver themes) throws IOException {
        this.themes = themes;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : themes.templateFolders()) {
            loaders.add(new FileTemplateLoader(folder.toFile()));
        }
        for (String root : themes.shippedTemplateRoots()) {
            loaders.add(new ClassTemplateLoader(ThemeResolver.class, root));
        }
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("c");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new ViewObjectWrapper());
        this.configuration = cfg;
    }

    /** Renders {@code templateName} (e.g. {@code post.ftlh}) with {@code model}, as UTF-8. */
    public byte[] render(String templateName, Map<String, Object> model) throws TemplateProblem {
        Template template = load(templateName);
        Utf8Output out = new Utf8Output(8 * 1024);
        try {
            // A hash that keeps each value's model once made: a page reads site and page many times.
            template.process(new SimpleHash(model, configuration.getObjectWrapper()), out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
            throw problem(source, e.getLineNumber(), e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw problem(templateName, 1, 1, "cannot render: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** Whether the theme chain has a template of this name. */
    public boolean has(String templateName) {
        try {
            return configuration.getTemplateLoader().findTemplateSource(templateName) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private Template load(String templateName) throws TemplateProblem {
        try {
            return configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw problem(templateName, 1, 1, "the theme '" + themes.theme() + "' has no template " + templateName);
        } catch (ParseException e) {
            String source = e.getTemplateName() != null ? e.getTemplateName() : templateName;
            throw problem(source, e.getLineNumber(), e.getColumnNumber(), "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw problem(templateName, 1, 1, "cannot read the template: " + e.getMessage());
        }
    }

    private TemplateProblem problem(String templateName, Integer line, Integer column, String message) {
        ThemeResolver.Origin origin = themes.templateOrigin(templateName);
        int l = line == null ? 1 : line;
        int c = column == null ? 1 : column;
        Diagnostic diagnostic = origin.file()
                .map(file -> Diagnostic.error(file, l, c, message))
                .orElseGet(() -> Diagnostic.errorIn(origin.label(), l, c, message));
        return new TemplateProblem(diagnostic);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String text = message.strip();
        // FreeMarker's messages put the useful part first and tips after a separator line.
        int cut = text.indexOf("\n----");
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        return text.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
