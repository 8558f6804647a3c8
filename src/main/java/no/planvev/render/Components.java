package no.planvev.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of our value records, in declaration order: what a template reads of a record
 * ({@link RecordHash}) and what the build cache's page key is made of ({@link ValueDigest}). The
 * accessors are looked up once per record class; records may be package-private.
 */
final class Components {

  private Components() {}

  /** A record component: its name (the key a template reads) and its accessor. */
  record Component(String name, Method accessor) {

    /** This component's value in {@code r}. */
    Object of(Record r) {
      try {
        return accessor.invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("page value " + r.getClass().getName() + "." + name, e);
      }
    }
  }

  private static final ClassValue<List<Component>> OF =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          List<Component> out = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method m = c.getAccessor();
            m.setAccessible(true);
            out.add(new Component(c.getName(), m));
          }
          return List.copyOf(out);
        }
      };

  /** The components of {@code type}, a record class. */
  static List<Component> of(Class<? extends Record> type) {
    return OF.get(type);
  }
}
