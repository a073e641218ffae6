package nl.lerendstelsel.infrastructure.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF/UA-1 check of veraPDF (the reference validator of the PDF Association) on PDF bytes, for the tests. */
public final class PdfUaCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaCheck() {
    }

    /** The failed rules ("clause-test: description (context)"), one per failing check; empty when the PDF conforms. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct().toList();
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, without failed assertions");
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF", e);
        }
    }
}
