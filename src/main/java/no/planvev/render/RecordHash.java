package no.planvev.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A value record as a template reads it: each component is a key of the same name ({@code p.title}
 * calls {@code title()}), a null component is missing (test it with {@code ??}), and a record whose
 * components are all null has no content. Nothing else of the record (its methods, its class) is
 * visible. Records are read where they are, without copying; they may be package-private
 * (Freemarker's own bean wrapper reads public classes only).
 */
final class RecordHash implements TemplateHashModelEx {

  private final Record record;
  private final ObjectWrapper wrapper;

  private RecordHash(Record record, ObjectWrapper wrapper) {
    this.record = record;
    this.wrapper = wrapper;
  }

  /** Freemarker's default wrapper for everything else (lists, maps, strings, numbers...). */
  static final class Wrapper extends DefaultObjectWrapper {

    Wrapper(Version version) {
      super(version);
      writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
      if (obj instanceof Record r) return new RecordHash(r, this);
      return super.handleUnknownType(obj);
    }
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    for (Components.Component c : Components.of(record.getClass())) {
      if (c.name().equals(key)) return wrapper.wrap(c.of(record));
    }
    return null;
  }

  @Override
  public boolean isEmpty() {
    for (Components.Component c : Components.of(record.getClass())) {
      if (c.of(record) != null) return false;
    }
    return true;
  }

  @Override
  public int size() {
    return present().size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return new SimpleCollection(present(), wrapper);
  }

  @Override
  public TemplateCollectionModel values() {
    List<Object> out = new ArrayList<>();
    for (Components.Component c : Components.of(record.getClass())) {
      Object v = c.of(record);
      if (v != null) out.add(v);
    }
    return new SimpleCollection(out, wrapper);
  }

  /** The names of the components that are not null, in declaration order. */
  private List<String> present() {
    List<String> out = new ArrayList<>();
    for (Components.Component c : Components.of(record.getClass())) {
      if (c.of(record) != null) out.add(c.name());
    }
    return out;
  }
}
