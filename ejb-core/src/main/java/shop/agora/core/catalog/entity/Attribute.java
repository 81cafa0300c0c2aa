package shop.agora.core.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A named fact about a product shown on its page, e.g. "Material: merino wool". */
@Embeddable
public class Attribute implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "value", nullable = false, length = 200)
    private String value;

    protected Attribute() {
    }

    public Attribute(String name, String value) {
        this.name = Objects.requireNonNull(name).strip();
        this.value = Objects.requireNonNull(value).strip();
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
