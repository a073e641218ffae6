package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java side of the OpenAPI document, for {@link OpenApiDocumentFilter}: the classes of the REST package (resources and
 * their records), found on the class path, and the resource method of each operation.
 */
final class OpenApiRestClasses {

    private OpenApiRestClasses() {
    }

    /** {@code "GET /api/v1/knelpunten/{referentie}"} → the resource method. */
    static Map<String, Method> resourceMethods(List<Class<?>> classes) {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> c : classes) {
            Path classPath = c.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : c.getMethods()) {
                String verb = null;
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        verb = http.value();
                    }
                }
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = OpenApiDocumentFilter.BASE + "/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                path = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                methods.put(verb + " " + path, method);
                methods.put(verb + " " + path + " " + method.getName(), method);
            }
        }
        return methods;
    }

    /** The classes of this package and its sub-packages (the resources and their JSON records). */
    static List<Class<?>> restClasses() {
        String folder = OpenApiRestClasses.class.getPackageName().replace('.', '/');
        ClassLoader loader = OpenApiRestClasses.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path dir = java.nio.file.Path.of(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(f -> dir.relativize(f).toString().replace('\\', '/')).forEach(f -> load(folder + "/" + f, loader, classes));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of());
                         Stream<java.nio.file.Path> files = Files.walk(jar.getPath(folder))) {
                        files.map(f -> f.toString().replaceFirst("^/", "")).forEach(f -> load(f, loader, classes));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // an incomplete document rather than none: the types stay as the scanner wrote them
        }
        return classes;
    }

    private static void load(String file, ClassLoader loader, List<Class<?>> classes) {
        if (!file.endsWith(".class")) {
            return;
        }
        try {
            classes.add(Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'), false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            // not loadable here: left as the scanner documented it
        }
    }
}
