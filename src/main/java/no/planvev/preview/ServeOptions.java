package no.planvev.preview;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The options of {@code planvev serve}, as the command line ({@code no.planvev.cli}) parsed and
 * checked them; {@code date} is null for "today, at each rebuild", {@code templates} null for the
 * default theme lookup ({@code Theme#lookup}), {@code messages} the language of problem messages
 * ({@code nb} or {@code en}).
 */
public record ServeOptions(
    int port,
    InetAddress bind,
    Path content,
    Path templates,
    LocalDate date,
    String baseUrl,
    boolean strict,
    String messages) {}
