package shop.agora.web.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MethodCallResolverTest {

    public record Totals(BigDecimal subtotal, BigDecimal total) {
    }

    public record Order(String number, Totals totals) {
    }

    public static class Format {

        public String money(BigDecimal amount) {
            return "EUR " + amount.setScale(2);
        }

        public String times(int count, String what) {
            return count + " x " + what;
        }

        public String label(String text) {
            return "[" + text + "]";
        }

        public String over(String text) {
            return "text";
        }

        public String over(Integer number) {
            return "number";
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String failing(String why) {
            throw new IllegalStateException(why);
        }
    }

    static class Hidden {

        public String secret() {
            return "s";
        }
    }

    private final MethodCallResolver resolver = new MethodCallResolver();
    private final AtomicInteger taken = new AtomicInteger();
    private ELProcessor el;

    @BeforeEach
    void expressions() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new MethodCallResolver() {
            @Override
            public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
                Object result = super.invoke(context, base, method, types, params);
                if (context.isPropertyResolved()) {
                    taken.incrementAndGet();
                }
                return result;
            }
        });
        el.defineBean("order", new Order("AG-1", new Totals(new BigDecimal("1200"), new BigDecimal("1210.50"))));
        el.defineBean("format", new Format());
    }

    @Test
    void recordsAndFormattersAreCalledWithTheirArguments() {
        assertEquals("EUR 1210.50", el.eval("format.money(order.totals().total())"));
        assertEquals(3, taken.get(), "money, totals and total: each call taken by the resolver");
        assertEquals("EUR 1200.00", el.eval("format.money(order.totals().subtotal())"));
    }

    @Test
    void argumentsAreConvertedToTheParametersTypesAsEverywhereInExpressions() {
        assertEquals("3 x laptop", el.eval("format.times('3', 'laptop')"));
        assertEquals("2 x 7", el.eval("format.times(2, 7)"));
        assertEquals("[]", el.eval("format.label(null)"), "null becomes the empty string for a String parameter");
    }

    @Test
    void overloadsAndVarargsAreLeftToTheOtherResolversAndStillWork() {
        assertEquals("number", el.eval("format.over(5)"));
        assertEquals("text", el.eval("format.over('5')"));
        assertEquals("a+b", el.eval("format.joined('a', 'b')"));
        assertEquals(0, taken.get(), "none of these taken");
    }

    @Test
    void aMethodsExceptionReachesThePageWrappedAsBeforeAndACallStillRuns() {
        ELException thrown = assertThrows(ELException.class, () -> el.eval("format.failing('no stock')"));
        assertTrue(thrown.getCause() instanceof IllegalStateException, "cause: " + thrown.getCause());
        assertEquals("no stock", thrown.getCause().getMessage());
    }

    @Test
    void onlyCallsThatCanMeanOneMethodAreTaken() {
        ELContext context = new StandardELContext(ExpressionFactory.newInstance());
        assertNull(resolver.invoke(context, null, "money", null, new Object[] {BigDecimal.ONE}));
        assertFalse(context.isPropertyResolved(), "no base: a bean name, not a method call");
        assertNull(resolver.invoke(context, new Format(), "money", new Class<?>[] {BigDecimal.class},
                new Object[] {BigDecimal.ONE}));
        assertFalse(context.isPropertyResolved(), "declared parameter types (a method expression): left as it was");
        assertNull(resolver.invoke(context, new Format(), "money", null, new Object[] {BigDecimal.ONE, 2}));
        assertFalse(context.isPropertyResolved(), "wrong number of arguments: left for the usual message");
        assertNull(resolver.invoke(context, new Format(), "nothing", null, new Object[0]));
        assertFalse(context.isPropertyResolved(), "no such method");
        assertEquals("EUR 1.00", resolver.invoke(context, new Format(), "money", null,
                new Object[] {BigDecimal.ONE}));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void aMethodThisClassMayNotCallIsLeftToTheOthers() {
        ELContext context = new StandardELContext(ExpressionFactory.newInstance());
        assertNull(resolver.invoke(context, new Hidden(), "secret", null, new Object[0]));
        assertFalse(context.isPropertyResolved(), "a package-private class's method");
        assertTrue(MethodCallResolver.only(Hidden.class, "secret", 0, new Hidden()).isEmpty());
    }

    @Test
    void theLookupIsKeptPerClassAndName() {
        assertSame(MethodCallResolver.only(Format.class, "money", 1, new Format()).orElseThrow().getDeclaringClass(),
                Format.class);
        List<Object> results = List.of(el.eval("format.money(order.totals().total())"),
                el.eval("format.money(order.totals().total())"));
        assertEquals(results.get(0), results.get(1));
        assertEquals(6, taken.get());
    }
}
