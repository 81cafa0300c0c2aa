package shop.agora.web.common.faces;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a method with its arguments written in the expression ({@code #{shopFormat.money(line.lineTotal())}}, a
 * record's {@code #{order.totals()}}) through a lookup kept per class. Jakarta EL's {@code BeanELResolver} looks the
 * method up anew at every call with {@code Class.getMethods()}, which copies every public method of the class: on
 * the storefront's pages, which read records and format money this way, that lookup was about 2 % of the server's
 * CPU under load.
 *
 * <p>Only a call it can match beyond doubt is taken: the class (or a public class it inherits the method from)
 * declares exactly one public method of that name, not counting bridges, it takes as many arguments as the call
 * passes, and not as varargs. The arguments are converted to the parameters' types as {@code BeanELResolver} does
 * ({@link ELContext#convertToType}), and an exception of the method reaches the page wrapped the same way. Anything
 * else (overloads, varargs, a lambda argument, a method expression with declared parameter types, a static call on a
 * class) is left to the resolvers after this one, so it behaves exactly as before. Registered for every application
 * in web-common's faces-config.xml, where Faces places it ahead of {@code BeanELResolver}.
 */
public class MethodCallResolver extends ELResolver {

    /** Per class: "name/argument count" to the method, or empty when the call is left to the other resolvers. */
    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || params == null || base instanceof ELClass) {
            return null;
        }
        for (Object param : params) {
            if (param instanceof LambdaExpression) {
                return null;
            }
        }
        String name = method.toString();
        Class<?> type = base.getClass();
        Method target = METHODS.get(type).computeIfAbsent(name + "/" + params.length,
                key -> only(type, name, params.length, base)).orElse(null);
        if (target == null) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            arguments[i] = params[i] != null && types[i].isInstance(params[i])
                    ? params[i] : context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, arguments);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /**
     * The one method a call of {@code name} with {@code count} arguments can mean on {@code type}, if there is one that
     * this class may call on {@code base} (an instance of {@code type}).
     */
    static Optional<Method> only(Class<?> type, String name, int count, Object base) {
        List<Method> named = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge())
                .toList();
        if (named.size() != 1) {
            return Optional.empty();
        }
        Method method = named.get(0);
        boolean callable = method.getParameterCount() == count && !method.isVarArgs()
                && Modifier.isPublic(method.getDeclaringClass().getModifiers())
                && method.canAccess(Modifier.isStatic(method.getModifiers()) ? null : base);
        return callable ? Optional.of(method) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
