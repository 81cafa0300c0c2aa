package shop.agora.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A made-up but plausible catalog: a category tree, shops, and as many products as asked for, the same every time
 * for the same seed. ./run.sh loads 2,000 of them; the benchmark loads 300,000.
 */
public final class DemoCatalog {

    /** A shop and the top-level categories it sells in. */
    public record Shop(String name, String email, List<String> departments) {
    }

    /** A top-level category and its subcategories, each with what is sold there. */
    public record Department(String name, List<Kind> kinds) {
    }

    /**
     * What a subcategory sells: product nouns, brands, a price range, variants ("" for a single variant) and
     * attributes with possible values.
     */
    public record Kind(String category, List<String> nouns, List<String> brands, int minPrice, int maxPrice,
            List<String> variants, List<String[]> attributes, int weightGrams) {
    }

    public record Variant(String code, String label, BigDecimal priceOverride, int weightGrams) {
    }

    public record Product(String slug, String name, String brand, String description, BigDecimal price,
            String currency, String department, String category, String shop, List<Variant> variants,
            List<String[]> attributes, boolean featured, String color) {
    }

    public static final List<Shop> SHOPS = List.of(
            new Shop(DemoData.MERCHANT_NAME, "hello@northwind.agora.test", List.of("Fashion", "Sports & Outdoors")),
            new Shop("Harbor Electronics", "sales@harbor.agora.test", List.of("Electronics")),
            new Shop("Maple & Oak Home", "hi@mapleoak.agora.test", List.of("Home & Kitchen", "Beauty")),
            new Shop("Page Turner Books", "books@pageturner.agora.test", List.of("Books")),
            new Shop("Playful Pine", "play@playfulpine.agora.test", List.of("Toys & Games")));

    private static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL");
    private static final List<String> SHOE_SIZES = List.of("38", "39", "40", "41", "42", "43", "44");
    private static final List<String> COLOURS = List.of("Black", "Navy", "Forest Green", "Sand", "Burgundy",
            "Slate Grey", "Ivory");

    public static final List<Department> DEPARTMENTS = List.of(
            new Department("Electronics", List.of(
                    new Kind("Laptops", List.of("Laptop", "Ultrabook", "Gaming Laptop", "2-in-1 Laptop", "Notebook"),
                            List.of("Nimbus", "Voltra", "Axiom", "Kestrel"), 499, 2499,
                            List.of("8 GB / 256 GB", "16 GB / 512 GB", "32 GB / 1 TB"),
                            List.<String[]>of(new String[] {"Screen", "13.3 inch", "14 inch", "15.6 inch", "16 inch"},
                                    new String[] {"Battery life", "up to 10 hours", "up to 14 hours",
                                            "up to 18 hours"}), 1600),
                    new Kind("Phones", List.of("Smartphone", "Phone", "Rugged Phone", "Compact Phone"),
                            List.of("Voltra", "Orbit", "Lumo"), 199, 1199,
                            List.of("128 GB", "256 GB", "512 GB"),
                            List.<String[]>of(new String[] {"Display", "6.1 inch OLED", "6.4 inch OLED", "6.7 inch LCD"},
                                    new String[] {"Camera", "48 MP", "50 MP", "108 MP"}), 200),
                    new Kind("Headphones", List.of("Wireless Headphones", "Noise Cancelling Headphones", "Earbuds",
                                    "Studio Headphones", "Sports Earbuds"),
                            List.of("Sonara", "Pulse", "Echo Lane"), 29, 399, List.of("Black", "White", "Midnight Blue"),
                            List.<String[]>of(new String[] {"Battery life", "20 hours", "30 hours", "40 hours"},
                                    new String[] {"Connection", "Bluetooth 5.3", "Bluetooth 5.2", "Wired"}), 250),
                    new Kind("Cameras", List.of("Mirrorless Camera", "Action Camera", "Instant Camera",
                                    "Compact Camera"),
                            List.of("Lumo", "Aperture", "Kestrel"), 99, 1899, List.of(""),
                            List.<String[]>of(new String[] {"Sensor", "APS-C", "Full frame", "1 inch"},
                                    new String[] {"Video", "4K 30p", "4K 60p", "1080p"}), 600),
                    new Kind("Smart Home", List.of("Smart Speaker", "Smart Plug", "Video Doorbell", "Smart Thermostat",
                                    "Smart Bulb"),
                            List.of("Hearth", "Orbit", "Nimbus"), 15, 249, List.of(""),
                            List.<String[]>of(new String[] {"Works with", "Matter", "Wi-Fi", "Zigbee"}), 400))),
            new Department("Home & Kitchen", List.of(
                    new Kind("Cookware", List.of("Frying Pan", "Saucepan", "Dutch Oven", "Wok", "Stockpot"),
                            List.of("Ironstone", "Copperleaf", "Hearth"), 19, 249, List.of("20 cm", "24 cm", "28 cm"),
                            List.<String[]>of(new String[] {"Material", "cast iron", "stainless steel", "carbon steel",
                                    "enamelled cast iron"},
                                    new String[] {"Hob", "all hobs incl. induction", "gas and electric"}), 1800),
                    new Kind("Coffee & Tea", List.of("Espresso Machine", "Coffee Grinder", "Pour-Over Kettle",
                                    "French Press", "Tea Set", "Milk Frother"),
                            List.of("Crema", "Morning Ritual", "Copperleaf"), 19, 899, List.of(""),
                            List.<String[]>of(new String[] {"Capacity", "0.6 l", "1 l", "1.7 l"}), 1200),
                    new Kind("Furniture", List.of("Armchair", "Bookshelf", "Coffee Table", "Desk", "Dining Chair",
                                    "Sideboard"),
                            List.of("Maple & Oak", "Nordhem", "Willow Row"), 79, 1299, List.of("Oak", "Walnut", "White"),
                            List.<String[]>of(new String[] {"Material", "solid oak", "walnut veneer", "birch plywood"}), 15000),
                    new Kind("Bedding", List.of("Duvet Cover Set", "Linen Sheet Set", "Pillow", "Weighted Blanket",
                                    "Throw"),
                            List.of("Dreamwell", "Nordhem", "Willow Row"), 25, 299,
                            List.of("Single", "Double", "King"),
                            List.<String[]>of(new String[] {"Material", "organic cotton", "washed linen", "bamboo lyocell"}), 1200),
                    new Kind("Lighting", List.of("Floor Lamp", "Desk Lamp", "Pendant Light", "Wall Light",
                                    "Table Lamp"),
                            List.of("Lumen & Co", "Nordhem"), 29, 399, List.of(""),
                            List.<String[]>of(new String[] {"Bulb", "E27 LED", "integrated LED", "GU10"}), 2000))),
            new Department("Fashion", List.of(
                    new Kind("Men's Clothing", List.of("Oxford Shirt", "Merino Sweater", "Chinos", "Denim Jacket",
                                    "T-Shirt", "Hoodie"),
                            List.of("Northwind", "Harbour Line", "Alder & Co"), 19, 189, sizesAndColours(),
                            List.<String[]>of(new String[] {"Material", "organic cotton", "merino wool", "linen blend"},
                                    new String[] {"Fit", "regular", "slim", "relaxed"}), 400),
                    new Kind("Women's Clothing", List.of("Linen Dress", "Cashmere Cardigan", "Wide-Leg Trousers",
                                    "Blouse", "Rain Jacket", "Knit Top"),
                            List.of("Northwind", "Juniper Lane", "Alder & Co"), 19, 249, sizesAndColours(),
                            List.<String[]>of(new String[] {"Material", "linen", "cashmere", "recycled polyester"},
                                    new String[] {"Fit", "regular", "relaxed"}), 400),
                    new Kind("Shoes", List.of("Leather Sneakers", "Chelsea Boots", "Running Shoes", "Loafers",
                                    "Sandals"),
                            List.of("Stride", "Northwind", "Trailhead"), 39, 229, SHOE_SIZES,
                            List.<String[]>of(new String[] {"Upper", "full-grain leather", "suede", "knit mesh"}), 900),
                    new Kind("Bags", List.of("Backpack", "Tote Bag", "Weekender", "Crossbody Bag", "Laptop Sleeve"),
                            List.of("Harbour Line", "Trailhead", "Juniper Lane"), 25, 299, List.of(""),
                            List.<String[]>of(new String[] {"Material", "waxed canvas", "leather", "recycled nylon"}), 800),
                    new Kind("Watches", List.of("Automatic Watch", "Field Watch", "Dive Watch", "Smartwatch"),
                            List.of("Tempus", "Kestrel", "Orbit"), 79, 899, List.of(""),
                            List.<String[]>of(new String[] {"Case", "38 mm steel", "40 mm titanium", "42 mm steel"}), 150))),
            new Department("Sports & Outdoors", List.of(
                    new Kind("Camping", List.of("Tent", "Sleeping Bag", "Camping Stove", "Headlamp", "Camp Chair"),
                            List.of("Trailhead", "Summit", "Basecamp"), 15, 599, List.of(""),
                            List.<String[]>of(new String[] {"Weight class", "ultralight", "lightweight", "car camping"}), 1500),
                    new Kind("Cycling", List.of("Bike Helmet", "Bike Light Set", "Cycling Jersey", "Bike Lock",
                                    "Saddle Bag"),
                            List.of("Velo", "Summit", "Pulse"), 15, 249, List.of("S", "M", "L"),
                            List.<String[]>of(new String[] {"Use", "road", "gravel", "commuting"}), 500),
                    new Kind("Running", List.of("Running Jacket", "Running Shorts", "Hydration Vest",
                                    "Running Socks", "Trail Shoes"),
                            List.of("Stride", "Pulse", "Trailhead"), 12, 189, List.of("S", "M", "L"),
                            List.<String[]>of(new String[] {"Season", "all year", "summer", "winter"}), 300),
                    new Kind("Fitness", List.of("Yoga Mat", "Kettlebell", "Resistance Bands", "Adjustable Dumbbells",
                                    "Foam Roller"),
                            List.of("Core", "Pulse"), 15, 399, List.of(""),
                            List.<String[]>of(new String[] {"Level", "beginner", "all levels", "advanced"}), 3000),
                    new Kind("Water Sports", List.of("Paddle Board", "Wetsuit", "Snorkel Set", "Dry Bag"),
                            List.of("Tidewater", "Summit"), 19, 899, List.of(""),
                            List.<String[]>of(new String[] {"Water", "sea", "lake", "pool"}), 2500))),
            new Department("Books", List.of(
                    new Kind("Fiction", List.of("Novel", "Short Stories", "Mystery", "Fantasy Saga", "Thriller"),
                            List.of("Lantern Press", "Quill House", "Northlight"), 8, 35, List.of("Paperback",
                                    "Hardcover"),
                            List.<String[]>of(new String[] {"Pages", "224", "320", "416", "512"}), 400),
                    new Kind("Cooking", List.of("Cookbook", "Baking Book", "Vegetarian Kitchen", "Bread Book"),
                            List.of("Lantern Press", "Quill House"), 15, 49, List.of("Hardcover"),
                            List.<String[]>of(new String[] {"Recipes", "80", "120", "150"}), 900),
                    new Kind("Travel", List.of("Travel Guide", "Walking Guide", "Road Trip Atlas"),
                            List.of("Northlight", "Wayfarer"), 10, 39, List.of("Paperback"),
                            List.<String[]>of(new String[] {"Region", "Alps", "Nordics", "Iberia", "Scotland"}), 350),
                    new Kind("Science", List.of("Popular Science", "Astronomy Guide", "Nature Handbook"),
                            List.of("Quill House", "Northlight"), 12, 45, List.of("Paperback", "Hardcover"),
                            List.<String[]>of(new String[] {"Pages", "256", "368", "448"}), 500))),
            new Department("Toys & Games", List.of(
                    new Kind("Board Games", List.of("Strategy Game", "Family Game", "Party Game", "Cooperative Game"),
                            List.of("Meeple Works", "Playful Pine"), 15, 89, List.of(""),
                            List.<String[]>of(new String[] {"Players", "2-4", "2-6", "3-8"},
                                    new String[] {"Age", "8+", "10+", "14+"}), 1200),
                    new Kind("Puzzles", List.of("Jigsaw Puzzle", "3D Puzzle", "Brain Teaser"),
                            List.of("Playful Pine", "Meeple Works"), 9, 49, List.of("500 pieces", "1000 pieces"),
                            List.<String[]>of(new String[] {"Theme", "landscape", "city", "animals"}), 700),
                    new Kind("Building Sets", List.of("Building Set", "Marble Run", "Wooden Blocks"),
                            List.of("Playful Pine", "Brickworks"), 19, 199, List.of(""),
                            List.<String[]>of(new String[] {"Age", "3+", "6+", "9+"}), 1500))),
            new Department("Beauty", List.of(
                    new Kind("Skincare", List.of("Face Cream", "Serum", "Cleanser", "Sunscreen"),
                            List.of("Botanica", "Pure Field"), 9, 79, List.of("30 ml", "50 ml"),
                            List.<String[]>of(new String[] {"Skin type", "all", "dry", "sensitive"}), 150),
                    new Kind("Fragrance", List.of("Eau de Parfum", "Candle", "Room Spray"),
                            List.of("Botanica", "Maple & Oak"), 15, 129, List.of("50 ml", "100 ml"),
                            List.<String[]>of(new String[] {"Notes", "cedar and citrus", "fig and vetiver", "rose and amber"}),
                            300))));

    private static final List<String> ADJECTIVES = List.of("Classic", "Essential", "Pro", "Everyday", "Heritage",
            "Urban", "Alpine", "Coastal", "Studio", "Signature", "Compact", "Premium", "Light", "Explorer", "Nordic");
    private static final List<String> COLORS = List.of("#2563eb", "#0f766e", "#b45309", "#7c3aed", "#be123c",
            "#15803d", "#334155", "#0369a1");

    private DemoCatalog() {
    }

    /** Generates {@code count} products, spread over all subcategories, and hands each to {@code sink}. */
    public static void generate(int count, long seed, Consumer<Product> sink) {
        generate(0, count, seed, sink);
    }

    /** Generates products number {@code from} to {@code from + count - 1}; numbers make slugs and SKU codes unique. */
    public static void generate(int from, int count, long seed, Consumer<Product> sink) {
        Random random = new Random(seed + from);
        List<Kind> kinds = new ArrayList<>();
        List<String> departmentOf = new ArrayList<>();
        for (Department department : DEPARTMENTS) {
            for (Kind kind : department.kinds()) {
                kinds.add(kind);
                departmentOf.add(department.name());
            }
        }
        for (int i = from; i < from + count; i++) {
            int k = i % kinds.size();
            sink.accept(product(i, kinds.get(k), departmentOf.get(k), random));
        }
    }

    public static String shopFor(String department) {
        return SHOPS.stream().filter(s -> s.departments().contains(department)).findFirst().orElseThrow().name();
    }

    private static Product product(int number, Kind kind, String department, Random random) {
        String brand = pick(kind.brands(), random);
        String noun = pick(kind.nouns(), random);
        String adjective = pick(ADJECTIVES, random);
        String model = random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(6)) + (10 + random.nextInt(90))
                : "";
        String name = brand + " " + adjective + " " + noun + model;
        String slug = (name + " " + Integer.toString(number, 36)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        BigDecimal price = BigDecimal.valueOf(kind.minPrice() + random.nextInt(kind.maxPrice() - kind.minPrice() + 1))
                .add(new BigDecimal(random.nextBoolean() ? "0.99" : "0.00")).setScale(2, RoundingMode.UNNECESSARY);
        List<String[]> attributes = new ArrayList<>();
        for (String[] attribute : kind.attributes()) {
            attributes.add(new String[] {attribute[0], attribute[1 + random.nextInt(attribute.length - 1)]});
        }
        String description = describe(name, noun, kind, attributes, random);
        List<Variant> variants = new ArrayList<>();
        String codeBase = (brand.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + "XXX").substring(0, 3) + "-"
                + Integer.toString(number, 36).toUpperCase(Locale.ROOT);
        int v = 0;
        for (String label : kind.variants()) {
            v++;
            BigDecimal override = v > 1 && kind.variants().size() > 2 && v == kind.variants().size()
                    ? price.multiply(new BigDecimal("1.20")).setScale(0, RoundingMode.HALF_UP).subtract(
                            new BigDecimal("0.01"))
                    : null;
            variants.add(new Variant(codeBase + (label.isEmpty() ? "" : "-" + v), label.isEmpty() ? "Standard" : label,
                    override, kind.weightGrams()));
        }
        return new Product(slug, name, brand, description, price, "EUR", department, kind.category(),
                shopFor(department), variants, attributes, random.nextInt(25) == 0, pick(COLORS, random));
    }

    private static String describe(String name, String noun, Kind kind, List<String[]> attributes, Random random) {
        StringBuilder text = new StringBuilder();
        text.append("The ").append(name).append(" is a ").append(noun.toLowerCase(Locale.ROOT))
                .append(" made to be used every day and to last for years.");
        for (String[] attribute : attributes) {
            text.append(' ').append(attribute[0]).append(": ").append(attribute[1]).append('.');
        }
        String[] closers = {
            "Designed in small batches and tested by our own team.",
            "Comes with a two-year warranty and free returns within 30 days.",
            "A favourite of customers who value quality over quantity.",
            "Packed in recycled, plastic-free packaging.",
            "Pairs well with the rest of the " + kind.category().toLowerCase(Locale.ROOT) + " range."
        };
        text.append("\n\n").append(closers[random.nextInt(closers.length)]);
        return text.toString();
    }

    private static List<String> sizesAndColours() {
        List<String> variants = new ArrayList<>();
        for (String size : SIZES.subList(1, 4)) {
            for (String colour : COLOURS.subList(0, 2)) {
                variants.add(size + " / " + colour);
            }
        }
        return variants;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** A simple picture for a demo product: the department's colour and the product's initials, as SVG. */
    public static byte[] picture(Product product) {
        String initials = String.valueOf(product.brand().charAt(0)) + product.name().charAt(
                product.brand().length() + 1);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 400\" width=\"400\" height=\"400\">"
                + "<rect width=\"400\" height=\"400\" fill=\"" + product.color() + "\"/>"
                + "<circle cx=\"200\" cy=\"170\" r=\"110\" fill=\"#ffffff\" fill-opacity=\"0.18\"/>"
                + "<text x=\"200\" y=\"205\" font-family=\"sans-serif\" font-size=\"96\" font-weight=\"700\" "
                + "fill=\"#ffffff\" text-anchor=\"middle\">" + xml(initials) + "</text>"
                + "<text x=\"200\" y=\"340\" font-family=\"sans-serif\" font-size=\"22\" fill=\"#ffffff\" "
                + "text-anchor=\"middle\">" + xml(product.category()) + "</text></svg>";
        return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
