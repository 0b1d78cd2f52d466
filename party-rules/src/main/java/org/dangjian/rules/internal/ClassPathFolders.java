package org.dangjian.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folders of party-rules' own class path, in a directory ({@code target/classes}) or a jar: the
 * catalog areas are packages, and their classes and resources are found by listing them. One
 * lock for every reader, since a jar's file system is opened and closed around each read.
 */
final class ClassPathFolders {

    /** Reads the folder a resource sits in. */
    interface Reader<T> {
        T read(Path folder) throws IOException;
    }

    private ClassPathFolders() {
    }

    /** {@code reader} applied to the folder holding {@code resource} (a path on party-rules' class loader). */
    static synchronized <T> T read(String resource, Reader<T> reader) throws IOException {
        URL url = ClassPathFolders.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException(resource + " is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String inJar = "/" + resource;
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return reader.read(fs.getPath(inJar).getParent());
                } catch (FileSystemAlreadyExistsException e) {
                    return reader.read(FileSystems.getFileSystem(uri).getPath(inJar).getParent());
                }
            }
            return reader.read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The regular files directly in {@code folder}, sorted; none when it does not exist. */
    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The top-level classes of the package of {@code type}, by simple name, as their class files say. */
    static List<String> classesBeside(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try {
            return read(resource, folder -> files(folder).stream().map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + type.getPackageName(), e);
        }
    }
}
