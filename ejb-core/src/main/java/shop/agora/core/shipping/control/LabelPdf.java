package shop.agora.core.shipping.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import shop.agora.core.shipping.ShippingProvider;

/**
 * A printable shipping label (A6, the size of label printers): sender, recipient in large type, the carrier and
 * service, the order and parcel numbers, and the tracking number as a Code 128 barcode that the carrier scans.
 */
public final class LabelPdf {

    /** 105 x 148 mm. */
    private static final Rectangle A6 = new Rectangle(298, 420);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public record Label(String carrier, String service, String trackingNumber, String shipmentNumber,
            String orderNumber, String merchantName, ShippingProvider.Address from, ShippingProvider.Address to,
            String phone, int weightGrams, int itemCount, Instant createdAt) {
    }

    private LabelPdf() {
    }

    public static byte[] render(Label label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        Document document = new Document(A6, 14, 14, 14, 14);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Shipping label " + label.trackingNumber());
            document.addCreator("Agora");
            document.open();
            Font small = new Font(Font.HELVETICA, 7);
            Font smallBold = new Font(Font.HELVETICA, 7, Font.BOLD);
            Font normal = new Font(Font.HELVETICA, 9);
            Font big = new Font(Font.HELVETICA, 13, Font.BOLD);

            PdfPTable header = new PdfPTable(new float[] {3, 2});
            header.setWidthPercentage(100);
            header.addCell(cell(new Paragraph(label.carrier(), new Font(Font.HELVETICA, 11, Font.BOLD)), false));
            PdfPCell service = cell(new Paragraph(label.service(), smallBold), false);
            service.setHorizontalAlignment(Element.ALIGN_RIGHT);
            header.addCell(service);
            document.add(header);

            Paragraph from = new Paragraph("FROM", smallBold);
            for (String line : lines(label.merchantName(), label.from())) {
                from.add(new Paragraph(line, small));
            }
            document.add(boxed(from));

            Paragraph to = new Paragraph("TO", smallBold);
            for (String line : lines(null, label.to())) {
                to.add(new Paragraph(line, big));
            }
            if (label.phone() != null && !label.phone().isBlank()) {
                to.add(new Paragraph("Phone " + label.phone(), normal));
            }
            document.add(boxed(to));

            Barcode128 barcode = new Barcode128();
            barcode.setCode(label.trackingNumber());
            barcode.setBarHeight(52);
            barcode.setX(1.1f);
            barcode.setFont(null);
            Image image = barcode.createImageWithBarcode(writer.getDirectContent(), Color.BLACK, Color.BLACK);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(6);
            document.add(image);
            Paragraph tracking = new Paragraph(label.trackingNumber(), new Font(Font.COURIER, 12, Font.BOLD));
            tracking.setAlignment(Element.ALIGN_CENTER);
            document.add(tracking);

            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(6);
            facts.addCell(cell(new Paragraph("Order " + label.orderNumber(), normal), true));
            facts.addCell(cell(new Paragraph("Parcel " + label.shipmentNumber(), normal), true));
            facts.addCell(cell(new Paragraph(String.format("%.2f kg, %d item%s", label.weightGrams() / 1000.0,
                    label.itemCount(), label.itemCount() == 1 ? "" : "s"), normal), true));
            facts.addCell(cell(new Paragraph("Shipped " + DATE.format(label.createdAt()), normal), true));
            document.add(facts);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the label of " + label.trackingNumber(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static List<String> lines(String company, ShippingProvider.Address address) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        if (company != null) {
            lines.add(company);
        }
        lines.add(address.name());
        lines.add(address.street());
        lines.add(address.postalCode() + " " + address.city());
        lines.add(address.country());
        return lines;
    }

    private static PdfPTable boxed(Paragraph content) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setPadding(5);
        box.addCell(cell);
        return box;
    }

    private static PdfPCell cell(Paragraph content, boolean border) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(border ? Rectangle.BOX : Rectangle.NO_BORDER);
        cell.setPadding(3);
        return cell;
    }
}
