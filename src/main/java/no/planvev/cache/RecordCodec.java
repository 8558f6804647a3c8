package no.planvev.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes values made of records, lists, sets, maps, strings, numbers, enums, dates and paths to
 * bytes and reads them back: a record as its class name (once per stream) and its components in
 * declaration order, rebuilt through its canonical constructor (so its invariants are checked
 * again). Generic over the records it meets, so it follows the model as it changes; a value of any
 * other kind is refused ({@link IllegalArgumentException}), and bytes that do not read back cleanly
 * throw {@link Damaged}. Much faster than Java serialization with the launcher's C1-only JIT, and
 * it needs no {@code Serializable}.
 *
 * <p>Maps keep their order, except maps without one (hash maps, {@code Map.of}) whose string keys
 * are written sorted, so that equal values give equal bytes.
 */
public final class RecordCodec {

  private RecordCodec() {}

  /** Bytes that are not what this codec wrote. */
  public static final class Damaged extends RuntimeException {
    public Damaged(String what) {
      super(what);
    }
  }

  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int STRING_REF = 2;
  private static final int INT = 3;
  private static final int LONG = 4;
  private static final int TRUE = 5;
  private static final int FALSE = 6;
  private static final int DOUBLE = 7;
  private static final int ENUM = 8;
  private static final int RECORD = 9;
  private static final int LIST = 10;
  private static final int SET = 11;
  private static final int MAP = 12;
  private static final int SORTED_MAP = 13;
  private static final int SORTED_SET = 14;
  private static final int DATE = 15;
  private static final int PATH = 16;
  private static final int OPTIONAL = 17;
  private static final int STRINGS = 18;
  private static final int DECIMAL = 19;
  private static final int BYTES = 20;
  private static final int CHAR = 21;
  private static final int SHORT = 22;
  private static final int BYTE = 23;
  private static final int FLOAT = 24;
  private static final int TIME = 25;
  private static final int LATIN1 = 26;
  private static final int LONGS = 27;
  private static final int INTS = 28;

  /** java.time values other than enums, written as their text and read back by {@code parse}. */
  private static final ClassValue<Method> PARSE =
      new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
          if (!type.getPackageName().equals("java.time")) return null;
          try {
            Method m = type.getMethod("parse", CharSequence.class);
            return java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == type
                ? m
                : null;
          } catch (NoSuchMethodException e) {
            return null;
          }
        }
      };

  /** Short strings are written once per stream and then referred to by number. */
  private static final int SHARED = 64;

  /** A record class's canonical constructor and accessors. */
  private record Shape(Constructor<?> make, Method[] get) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] cs = type.getRecordComponents();
          Class<?>[] types = new Class<?>[cs.length];
          Method[] get = new Method[cs.length];
          for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            get[i] = cs[i].getAccessor();
            get[i].setAccessible(true);
          }
          try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return new Shape(c, get);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  /** Encodes one value (and everything it holds). */
  public static byte[] write(Object value) {
    Writer w = new Writer();
    w.value(value);
    return Arrays.copyOf(w.buf, w.len);
  }

  /** Decodes what {@link #write} wrote. */
  public static Object read(byte[] bytes) {
    return read(bytes, 0, bytes.length);
  }

  /** Decodes what {@link #write} wrote, found at {@code off} in {@code bytes}. */
  public static Object read(byte[] bytes, int off, int len) {
    Reader r = new Reader(bytes, off, off + len);
    try {
      Object v = r.value();
      if (r.pos != r.end) throw new Damaged("trailing bytes");
      return v;
    } catch (Damaged e) {
      throw e;
    } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
      throw new Damaged(e.toString());
    }
  }

  private static final class Writer {
    byte[] buf = new byte[1024];
    int len;
    final Map<String, Integer> strings = new HashMap<>();
    final Map<Class<?>, Integer> classes = new HashMap<>();

    void ensure(int n) {
      if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    void b(int v) {
      ensure(1);
      buf[len++] = (byte) v;
    }

    void varint(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        buf[len++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[len++] = (byte) v;
    }

    void raw(String s) {
      byte[] u = s.getBytes(StandardCharsets.UTF_8);
      varint(u.length);
      ensure(u.length);
      System.arraycopy(u, 0, buf, len, u.length);
      len += u.length;
    }

    void string(String s) {
      if (s.length() <= SHARED) {
        Integer n = strings.get(s);
        if (n != null) {
          b(STRING_REF);
          varint(n);
          return;
        }
        strings.put(s, strings.size());
      } else if (latin1(s)) {
        // Read back with a plain copy: no UTF-8 decoding of long texts (æøå are Latin-1).
        b(LATIN1);
        byte[] l = s.getBytes(StandardCharsets.ISO_8859_1);
        varint(l.length);
        ensure(l.length);
        System.arraycopy(l, 0, buf, len, l.length);
        len += l.length;
        return;
      }
      b(STRING);
      raw(s);
    }

    private static boolean latin1(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        if (s.charAt(i) > 0xff) return false;
      }
      return true;
    }

    void type(Class<?> c) {
      Integer n = classes.get(c);
      if (n != null) {
        varint(n + 1L);
        return;
      }
      classes.put(c, classes.size());
      varint(0);
      raw(c.getName());
    }

    void value(Object v) {
      if (v == null) {
        b(NULL);
      } else if (v instanceof String s) {
        string(s);
      } else if (v instanceof Record r) {
        b(RECORD);
        type(r.getClass());
        Shape shape = SHAPES.get(r.getClass());
        for (Method m : shape.get) {
          try {
            value(m.invoke(r));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      } else if (v instanceof Integer i) {
        b(INT);
        varint(i & 0xffffffffL);
      } else if (v instanceof Long l) {
        b(LONG);
        varint(l);
      } else if (v instanceof Boolean bo) {
        b(bo ? TRUE : FALSE);
      } else if (v instanceof Enum<?> e) {
        b(ENUM);
        type(e.getDeclaringClass());
        string(e.name());
      } else if (v instanceof List<?> l) {
        b(LIST);
        varint(l.size());
        for (Object x : l) value(x);
      } else if (v instanceof Map<?, ?> m) {
        boolean sorted = m instanceof SortedMap<?, ?> s && s.comparator() == null;
        b(sorted ? SORTED_MAP : MAP);
        varint(m.size());
        Iterable<? extends Map.Entry<?, ?>> entries = m.entrySet();
        if (!sorted && unordered(m) && keysAreStrings(m)) {
          List<Map.Entry<?, ?>> es = new ArrayList<>(m.entrySet());
          es.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
          entries = es;
        }
        for (Map.Entry<?, ?> e : entries) {
          value(e.getKey());
          value(e.getValue());
        }
      } else if (v instanceof Set<?> s) {
        boolean sorted = s instanceof SortedSet<?> ss && ss.comparator() == null;
        b(sorted ? SORTED_SET : SET);
        varint(s.size());
        Iterable<?> items = s;
        if (!sorted && unordered(s) && allStrings(s)) {
          List<String> l = new ArrayList<>();
          for (Object x : s) l.add((String) x);
          Collections.sort(l);
          items = l;
        }
        for (Object x : items) value(x);
      } else if (v instanceof LocalDate d) {
        b(DATE);
        varint(d.toEpochDay());
      } else if (v instanceof Path p) {
        b(PATH);
        raw(p.toString());
      } else if (v instanceof Optional<?> o) {
        b(OPTIONAL);
        value(o.orElse(null));
      } else if (v instanceof String[] a) {
        b(STRINGS);
        varint(a.length);
        for (String x : a) value(x);
      } else if (v instanceof long[] a) {
        b(LONGS);
        varint(a.length);
        for (long x : a) varint(x);
      } else if (v instanceof int[] a) {
        b(INTS);
        varint(a.length);
        for (int x : a) varint(x & 0xffffffffL);
      } else if (v instanceof byte[] a) {
        b(BYTES);
        varint(a.length);
        ensure(a.length);
        System.arraycopy(a, 0, buf, len, a.length);
        len += a.length;
      } else if (v instanceof Double d) {
        b(DOUBLE);
        varint(Double.doubleToRawLongBits(d));
      } else if (v instanceof Character c) {
        b(CHAR);
        varint(c);
      } else if (v instanceof Short x) {
        b(SHORT);
        varint(x & 0xffff);
      } else if (v instanceof Byte x) {
        b(BYTE);
        b(x);
      } else if (v instanceof Float x) {
        b(FLOAT);
        varint(Float.floatToRawIntBits(x) & 0xffffffffL);
      } else if (v instanceof java.math.BigDecimal d) {
        b(DECIMAL);
        raw(d.toString());
      } else if (PARSE.get(v.getClass()) != null) {
        b(TIME);
        type(v.getClass());
        raw(v.toString());
      } else {
        throw new IllegalArgumentException("cannot keep a " + v.getClass().getName());
      }
    }

    /**
     * A hash map or set, or one of {@code Map.of}, {@code Set.of}: its order says nothing (and may
     * differ from one run to the next). Others (linked, wrapped) keep theirs.
     */
    private static boolean unordered(Object c) {
      return (c instanceof java.util.HashMap && !(c instanceof LinkedHashMap))
          || (c instanceof java.util.HashSet && !(c instanceof LinkedHashSet))
          || c instanceof java.util.concurrent.ConcurrentHashMap
          || c.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    private static boolean keysAreStrings(Map<?, ?> m) {
      for (Object k : m.keySet()) {
        if (!(k instanceof String)) return false;
      }
      return true;
    }

    private static boolean allStrings(Set<?> s) {
      for (Object k : s) {
        if (!(k instanceof String)) return false;
      }
      return true;
    }
  }

  private static final class Reader {
    final byte[] buf;
    int pos;
    final int end;
    final List<String> strings = new ArrayList<>();
    final List<Class<?>> classes = new ArrayList<>();

    Reader(byte[] buf, int pos, int end) {
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    int b() {
      if (pos >= end) throw new Damaged("truncated");
      return buf[pos++] & 0xff;
    }

    /** A count, then that many varints. */
    long[] varints() {
      int n = count();
      long[] a = new long[n];
      for (int i = 0; i < n; i++) a[i] = varint();
      return a;
    }

    long varint() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int x = b();
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) return v;
      }
      throw new Damaged("bad number");
    }

    int count() {
      long n = varint();
      if (n < 0 || n > end - pos) throw new Damaged("bad count");
      return (int) n;
    }

    String raw() {
      int n = count();
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    Class<?> type() throws ClassNotFoundException {
      long n = varint();
      if (n == 0) {
        Class<?> c = Class.forName(raw(), false, RecordCodec.class.getClassLoader());
        classes.add(c);
        return c;
      }
      if (n > classes.size()) throw new Damaged("bad class");
      return classes.get((int) n - 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object value() throws ReflectiveOperationException {
      int tag = b();
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          {
            String s = raw();
            if (s.length() <= SHARED) strings.add(s);
            return s;
          }
        case STRING_REF:
          {
            long n = varint();
            if (n < 0 || n >= strings.size()) throw new Damaged("bad string");
            return strings.get((int) n);
          }
        case INT:
          return (int) varint();
        case LONG:
          return varint();
        case TRUE:
          return Boolean.TRUE;
        case FALSE:
          return Boolean.FALSE;
        case DOUBLE:
          return Double.longBitsToDouble(varint());
        case ENUM:
          {
            Class<?> c = type();
            if (!c.isEnum()) throw new Damaged("not an enum: " + c);
            return Enum.valueOf((Class) c, (String) value());
          }
        case RECORD:
          {
            Class<?> c = type();
            if (!c.isRecord()) throw new Damaged("not a record: " + c);
            Shape shape = SHAPES.get(c);
            Object[] args = new Object[shape.get.length];
            for (int i = 0; i < args.length; i++) args[i] = value();
            try {
              return shape.make.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw new Damaged(c.getName() + ": " + e.getCause());
            }
          }
        case LIST:
          {
            int n = count();
            List<Object> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(value());
            return Collections.unmodifiableList(l);
          }
        case SET:
        case SORTED_SET:
          {
            int n = count();
            Set<Object> s = tag == SET ? new LinkedHashSet<>(n * 2) : new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) s.add(value());
            return Collections.unmodifiableSet(s);
          }
        case MAP:
        case SORTED_MAP:
          {
            int n = count();
            Map<Object, Object> m = tag == MAP ? new LinkedHashMap<>(n * 2) : new TreeMap<>();
            for (int i = 0; i < n; i++) m.put(value(), value());
            return tag == MAP
                ? Collections.unmodifiableMap(m)
                : Collections.unmodifiableSortedMap((TreeMap) m);
          }
        case DATE:
          return LocalDate.ofEpochDay(varint());
        case PATH:
          return Path.of(raw());
        case OPTIONAL:
          return Optional.ofNullable(value());
        case STRINGS:
          {
            int n = count();
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = (String) value();
            return a;
          }
        case BYTES:
          {
            int n = count();
            byte[] a = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return a;
          }
        case DECIMAL:
          return new java.math.BigDecimal(raw());
        case LATIN1:
          {
            int n = count();
            String str = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
            pos += n;
            return str;
          }
        case LONGS:
          return varints();
        case INTS:
          return Arrays.stream(varints()).mapToInt(v -> (int) v).toArray();
        case TIME:
          {
            Method parse = PARSE.get(type());
            if (parse == null) throw new Damaged("not a time");
            return parse.invoke(null, raw());
          }
        case CHAR:
          return (char) varint();
        case SHORT:
          return (short) varint();
        case BYTE:
          return (byte) b();
        case FLOAT:
          return Float.intBitsToFloat((int) varint());
        default:
          throw new Damaged("bad tag " + tag);
      }
    }
  }
}
