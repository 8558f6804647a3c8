/**
 * The bottom package: where a problem is ({@code SourcePos}), what it is ({@code Message} from the
 * {@code Catalog} of messages in English and Norwegian bokmål), problems as values ({@code
 * Problem}, {@code Problems}) printed with their source line ({@code ProblemPrinter}), and the one
 * "did you mean" rule ({@code Suggest}). It depends on no other planvev package.
 */
package no.planvev.diag;
