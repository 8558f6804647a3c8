package no.planvev.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
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
 * are written sorted, so that equal values give equal bytes. Collections read back are immutable
 * and keep their order; which class holds them is not kept (a map of up to eight entries is one
 * array, an empty or one-item one is the JDK's own).
 *
 * <p>Built for the launcher's C1-only JIT, where objects and passes cost: each thread keeps one
 * writer and one reader between values (buffers, tables of strings and classes), strings go
 * straight between the buffer and the {@code String}, a class name is looked up once per run, not
 * once per value, and columns ({@code String[]}, {@code long[]}, {@code int[]}) are written in
 * loops without boxing.
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

  private static final Object[] NO_ARGS = {};

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

  /** A class's name in UTF-8, as the stream gives it. */
  private static final ClassValue<byte[]> NAMES =
      new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
          return type.getName().getBytes(StandardCharsets.UTF_8);
        }
      };

  /**
   * A hash map or set, or one of {@code Map.of}, {@code Set.of}: its order says nothing (and may
   * differ from one run to the next). Others (linked, wrapped) keep theirs.
   */
  private static final ClassValue<Boolean> UNORDERED =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
          return (java.util.HashMap.class.isAssignableFrom(c)
                  && !LinkedHashMap.class.isAssignableFrom(c))
              || (java.util.HashSet.class.isAssignableFrom(c)
                  && !LinkedHashSet.class.isAssignableFrom(c))
              || java.util.concurrent.ConcurrentHashMap.class.isAssignableFrom(c)
              || c.getName().startsWith("java.util.ImmutableCollections$");
        }
      };

  /** Each thread's writer, kept between values (its buffer and tables are reused). */
  private static final ThreadLocal<Writer> WRITERS = ThreadLocal.withInitial(Writer::new);

  /** Encodes one value (and everything it holds). */
  public static byte[] write(Object value) {
    Writer w = WRITERS.get();
    if (w.busy) w = new Writer(); // a value whose accessor writes another value
    w.busy = true;
    try {
      w.value(value);
      return w.bytes();
    } finally {
      w.reset();
    }
  }

  /** Decodes what {@link #write} wrote. */
  public static Object read(byte[] bytes) {
    return read(bytes, 0, bytes.length);
  }

  /** Decodes what {@link #write} wrote, found at {@code off} in {@code bytes}. */
  public static Object read(byte[] bytes, int off, int len) {
    Reader r = READERS.get();
    if (r.buf != null) r = new Reader(); // a constructor that reads another value
    r.start(bytes, off, off + len);
    try {
      Object v = r.value();
      if (r.pos != r.end) throw new Damaged("trailing bytes");
      return v;
    } catch (Damaged e) {
      throw e;
    } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
      throw new Damaged(e.toString());
    } finally {
      r.reset();
    }
  }

  /** Each thread's reader, kept between values (its tables are reused). */
  private static final ThreadLocal<Reader> READERS = ThreadLocal.withInitial(Reader::new);

  private static final class Writer implements java.util.function.BiConsumer<Object, Object> {
    /** The size of a chunk of the buffer; what a writer keeps between values. */
    private static final int CHUNK = 1 << 16;

    /** The chunk being written; {@code len} bytes of it are used. */
    byte[] buf = new byte[CHUNK];

    int len;
    boolean busy;

    /** The chunks filled before {@code buf} (a long value is never copied to grow a buffer). */
    byte[][] full = new byte[4][];

    int[] fullLength = new int[4];
    int fullCount;
    long fullBytes;

    /**
     * Short strings written so far by number ({@code byId}), found through an open-addressing
     * {@code table} of their hash (high half) and number + 1 (low half; 0 for an empty place).
     */
    long[] table = new long[256];

    String[] byId = new String[128];
    int count;
    Class<?>[] classes = new Class<?>[16];
    int classCount;

    byte[] bytes() {
      long total = fullBytes + len;
      if (total > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("a value over 2 GB");
      byte[] out = new byte[(int) total];
      int at = 0;
      for (int i = 0; i < fullCount; i++) {
        System.arraycopy(full[i], 0, out, at, fullLength[i]);
        at += fullLength[i];
      }
      System.arraycopy(buf, 0, out, at, len);
      return out;
    }

    void reset() {
      busy = false;
      if (fullCount > 0) buf = full[0].length == CHUNK ? full[0] : new byte[CHUNK];
      if (buf.length != CHUNK) buf = new byte[CHUNK];
      Arrays.fill(full, 0, fullCount, null);
      fullCount = 0;
      fullBytes = 0;
      len = 0;
      if (table.length > 4096) {
        table = new long[256];
        byId = new String[128];
      } else {
        Arrays.fill(table, 0);
        Arrays.fill(byId, 0, count, null);
      }
      count = 0;
      Arrays.fill(classes, 0, classCount, null);
      classCount = 0;
    }

    /** Room for {@code n} more bytes in {@code buf}. */
    void ensure(int n) {
      if (n > buf.length - len) grow(n);
    }

    /** Keeps the chunk as it is and starts another one. */
    private void grow(int n) {
      if (fullCount == full.length) {
        full = Arrays.copyOf(full, fullCount * 2);
        fullLength = Arrays.copyOf(fullLength, fullCount * 2);
      }
      full[fullCount] = buf;
      fullLength[fullCount++] = len;
      fullBytes += len;
      buf = new byte[Math.max(CHUNK, n)];
      len = 0;
    }

    void b(int v) {
      if (len == buf.length) grow(1);
      buf[len++] = (byte) v;
    }

    void varint(long v) {
      if (buf.length - len < 10) grow(10);
      byte[] b = buf;
      int at = len;
      while ((v & ~0x7FL) != 0) {
        b[at++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      b[at++] = (byte) v;
      len = at;
    }

    /** A count, then {@code s} in UTF-8 (as {@code getBytes(UTF_8)} gives it). */
    void raw(String s) {
      int n = s.length();
      int utf8 = 0;
      boolean ascii = true;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        latin1(s, n);
        return;
      }
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          utf8++;
        } else if (c < 0x800) {
          utf8 += 2;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          utf8 += 4;
          i++;
        } else if (Character.isSurrogate(c)) {
          utf8++; // written as '?'
        } else {
          utf8 += 3;
        }
      }
      varint(utf8);
      ensure(utf8);
      byte[] b = buf;
      int at = len;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xc0 | (c >> 6));
          b[at++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          b[at++] = (byte) (0xf0 | (cp >> 18));
          b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          b[at++] = (byte) (0x80 | (cp & 0x3f));
        } else if (Character.isSurrogate(c)) {
          b[at++] = '?';
        } else {
          b[at++] = (byte) (0xe0 | (c >> 12));
          b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
          b[at++] = (byte) (0x80 | (c & 0x3f));
        }
      }
      len = at;
    }

    /** A count, then the {@code n} chars of {@code s}, each at most 0xff, one byte each. */
    @SuppressWarnings("deprecation") // the one String method that copies chars to bytes as they are
    private void latin1(String s, int n) {
      varint(n);
      ensure(n);
      s.getBytes(0, n, buf, len);
      len += n;
    }

    void string(String s) {
      int n = s.length();
      if (n <= SHARED) {
        int mask = table.length - 1;
        int h = s.hashCode();
        int i = slot(h, mask);
        for (long t; (t = table[i]) != 0; i = (i + 1) & mask) {
          if ((int) (t >>> 32) != h) continue; // without touching the other string
          int id = (int) t - 1;
          String k = byId[id];
          if (k == s || k.equals(s)) {
            b(STRING_REF);
            varint(id);
            return;
          }
        }
        if (count == byId.length) byId = Arrays.copyOf(byId, count * 2);
        byId[count++] = s;
        table[i] = ((long) h << 32) | count;
        if (count * 2 > table.length) rehash();
      } else if (latin1(s)) {
        // Read back with a plain copy: no UTF-8 decoding of long texts (æøå are Latin-1).
        b(LATIN1);
        latin1(s, n);
        return;
      }
      b(STRING);
      raw(s);
    }

    /**
     * Where to look first for a string of hash {@code h}: its high bits after a multiply (similar
     * strings have close hashes, which linear probing would pile up).
     */
    private static int slot(int h, int mask) {
      return (int) ((h * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private void rehash() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long t : old) {
        if (t == 0) continue;
        int i = slot((int) (t >>> 32), mask);
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = t;
      }
    }

    private static boolean latin1(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        if (s.charAt(i) > 0xff) return false;
      }
      return true;
    }

    void type(Class<?> c) {
      for (int i = 0; i < classCount; i++) {
        if (classes[i] == c) {
          varint(i + 1L);
          return;
        }
      }
      if (classCount == classes.length) classes = Arrays.copyOf(classes, classCount * 2);
      classes[classCount++] = c;
      b(0);
      byte[] name = NAMES.get(c);
      varint(name.length);
      ensure(name.length);
      System.arraycopy(name, 0, buf, len, name.length);
      len += name.length;
    }

    /** A map's entry (maps are written through {@code forEach}: no entry objects). */
    @Override
    public void accept(Object k, Object v) {
      value(k);
      value(v);
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
            value(m.invoke(r, NO_ARGS));
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
        int n = l.size();
        varint(n);
        if (l instanceof java.util.RandomAccess) {
          for (int i = 0; i < n; i++) value(l.get(i));
        } else {
          for (Object x : l) value(x);
        }
      } else if (v instanceof Map<?, ?> m) {
        boolean sorted = m instanceof SortedMap<?, ?> s && s.comparator() == null;
        b(sorted ? SORTED_MAP : MAP);
        varint(m.size());
        String[] keys = sorted || !UNORDERED.get(m.getClass()) ? null : stringKeys(m.keySet());
        if (keys != null) {
          for (String k : keys) {
            string(k);
            value(m.get(k));
          }
        } else {
          m.forEach(this);
        }
      } else if (v instanceof Set<?> s) {
        boolean sorted = s instanceof SortedSet<?> ss && ss.comparator() == null;
        b(sorted ? SORTED_SET : SET);
        varint(s.size());
        String[] items = sorted || !UNORDERED.get(s.getClass()) ? null : stringKeys(s);
        if (items != null) {
          for (String x : items) string(x);
        } else {
          for (Object x : s) value(x);
        }
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
        for (String x : a) {
          if (x == null) {
            b(NULL);
          } else {
            string(x);
          }
        }
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

    /** The items, sorted, when all are strings; otherwise null. */
    private static String[] stringKeys(java.util.Collection<?> items) {
      String[] a = new String[items.size()];
      int i = 0;
      for (Object k : items) {
        if (!(k instanceof String s) || i == a.length) return null;
        a[i++] = s;
      }
      if (i != a.length) return null;
      Arrays.sort(a);
      return a;
    }
  }

  /**
   * A small map as read: its keys and values in order in one array, immutable. Cheaper than a
   * linked hash map and its wrapper (most maps of the model hold one or two languages).
   */
  private static final class Pairs extends java.util.AbstractMap<Object, Object> {
    static final int MAX = 8;

    private final Object[] kv;

    Pairs(Object[] kv) {
      this.kv = kv;
    }

    static boolean distinct(Object[] kv) {
      for (int i = 2; i < kv.length; i += 2) {
        for (int j = 0; j < i; j += 2) {
          if (java.util.Objects.equals(kv[i], kv[j])) return false;
        }
      }
      return true;
    }

    private int at(Object key) {
      for (int i = 0; i < kv.length; i += 2) {
        if (java.util.Objects.equals(key, kv[i])) return i;
      }
      return -1;
    }

    @Override
    public int size() {
      return kv.length / 2;
    }

    @Override
    public boolean containsKey(Object key) {
      return at(key) >= 0;
    }

    @Override
    public Object get(Object key) {
      int i = at(key);
      return i < 0 ? null : kv[i + 1];
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super Object, ? super Object> action) {
      for (int i = 0; i < kv.length; i += 2) action.accept(kv[i], kv[i + 1]);
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public int size() {
          return kv.length / 2;
        }

        @Override
        public java.util.Iterator<Map.Entry<Object, Object>> iterator() {
          return new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < kv.length;
            }

            @Override
            public Map.Entry<Object, Object> next() {
              if (i >= kv.length) throw new java.util.NoSuchElementException();
              i += 2;
              return new java.util.AbstractMap.SimpleImmutableEntry<>(kv[i - 2], kv[i - 1]);
            }
          };
        }
      };
    }
  }

  /** A class met in a stream, by the UTF-8 bytes of its name (shared by every reader). */
  private record Known(byte[] name, int hash, Class<?> type) {}

  private static volatile Known[] known = new Known[0];

  private static int hash(byte[] b, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) h = 31 * h + b[i];
    return h;
  }

  /** The class named by {@code n} bytes at {@code at} in {@code b}. */
  private static Class<?> named(byte[] b, int at, int n) throws ClassNotFoundException {
    int h = hash(b, at, at + n);
    for (Known k : known) {
      if (k.hash == h && Arrays.equals(k.name, 0, k.name.length, b, at, at + n)) return k.type;
    }
    Class<?> c =
        Class.forName(
            new String(b, at, n, StandardCharsets.UTF_8),
            false,
            RecordCodec.class.getClassLoader());
    synchronized (RecordCodec.class) {
      Known[] now = known;
      if (now.length < 256) { // a stream naming ever more classes is not cached further
        Known[] more = Arrays.copyOf(now, now.length + 1);
        more[now.length] = new Known(Arrays.copyOfRange(b, at, at + n), h, c);
        known = more;
      }
    }
    return c;
  }

  private static final class Reader {
    /** The bytes being read (null between values). */
    byte[] buf;

    int pos;
    int end;
    String[] strings = new String[16];
    int stringCount;
    Class<?>[] classes = new Class<?>[8];
    Shape[] shapes = new Shape[8];
    int classCount;

    /** A record's arguments, by count, free to reuse: the constructor has them once it returns. */
    Object[][] spare = new Object[16][];

    void start(byte[] buf, int pos, int end) {
      this.buf = buf;
      this.pos = pos;
      this.end = end;
    }

    void reset() {
      buf = null;
      Arrays.fill(strings, 0, stringCount, null);
      stringCount = 0;
      Arrays.fill(classes, 0, classCount, null);
      Arrays.fill(shapes, 0, classCount, null);
      classCount = 0;
      if (strings.length > 4096) strings = new String[16];
      for (Object[] a : spare) {
        if (a != null) Arrays.fill(a, null); // nothing read is kept alive
      }
    }

    int b() {
      if (pos >= end) throw new Damaged("truncated");
      return buf[pos++] & 0xff;
    }

    /** {@code n} numbers as {@link #varint} reads them. */
    long[] varints(int n) {
      long[] a = new long[n];
      for (int i = 0; i < n; i++) a[i] = varint();
      return a;
    }

    long varint() {
      byte[] b = buf;
      int at = pos;
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at >= end) throw new Damaged("truncated");
        int x = b[at++];
        v |= (long) (x & 0x7F) << shift;
        if (x >= 0) {
          pos = at;
          return v;
        }
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

    /** The number of a class in this stream (read and named when first met). */
    int type() throws ClassNotFoundException {
      long n = varint();
      if (n == 0) {
        int len = count();
        Class<?> c = named(buf, pos, len);
        pos += len;
        if (classCount == classes.length) {
          classes = Arrays.copyOf(classes, classCount * 2);
          shapes = Arrays.copyOf(shapes, classCount * 2);
        }
        classes[classCount] = c;
        return classCount++;
      }
      if (n > classCount) throw new Damaged("bad class");
      return (int) n - 1;
    }

    private Shape shape(int type) {
      Shape s = shapes[type];
      if (s == null) {
        Class<?> c = classes[type];
        if (!c.isRecord()) throw new Damaged("not a record: " + c);
        s = shapes[type] = SHAPES.get(c);
      }
      return s;
    }

    private void shared(String s) {
      if (stringCount == strings.length) strings = Arrays.copyOf(strings, stringCount * 2);
      strings[stringCount++] = s;
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
            if (s.length() <= SHARED) shared(s);
            return s;
          }
        case STRING_REF:
          {
            long n = varint();
            if (n < 0 || n >= stringCount) throw new Damaged("bad string");
            return strings[(int) n];
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
            int t = type(); // before the array: type() may grow it
            Class<?> c = classes[t];
            if (!c.isEnum()) throw new Damaged("not an enum: " + c);
            return Enum.valueOf((Class) c, (String) value());
          }
        case RECORD:
          {
            Shape shape = shape(type());
            int n = shape.get.length;
            Object[] args = n < spare.length ? spare[n] : null;
            if (args == null) {
              args = new Object[n];
            } else {
              spare[n] = null; // a component of the same count takes another
            }
            for (int i = 0; i < n; i++) args[i] = value();
            try {
              return shape.make.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw new Damaged(shape.make.getName() + ": " + e.getCause());
            } finally {
              if (n < spare.length) spare[n] = args;
            }
          }
        case LIST:
          {
            int n = count();
            // Empty and one-item values as the JDK's own immutable ones: fewer objects.
            if (n == 0) return Collections.emptyList();
            if (n == 1) return Collections.singletonList(value());
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) a[i] = value();
            return Collections.unmodifiableList(Arrays.asList(a));
          }
        case SET:
          {
            int n = count();
            if (n == 0) return Collections.emptySet();
            if (n == 1) return Collections.singleton(value());
            Set<Object> s = new LinkedHashSet<>(n * 2);
            for (int i = 0; i < n; i++) s.add(value());
            return Collections.unmodifiableSet(s);
          }
        case SORTED_SET:
          {
            int n = count();
            java.util.TreeSet<Object> s = new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) s.add(value());
            return Collections.unmodifiableSortedSet(s);
          }
        case MAP:
          {
            int n = count();
            if (n == 0) return Collections.emptyMap();
            if (n == 1) {
              Object k = value();
              return Collections.singletonMap(k, value());
            }
            if (n <= Pairs.MAX) {
              Object[] kv = new Object[2 * n];
              for (int i = 0; i < kv.length; i++) kv[i] = value();
              if (Pairs.distinct(kv)) return new Pairs(kv);
              Map<Object, Object> m = new LinkedHashMap<>(n * 2);
              for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
              return Collections.unmodifiableMap(m);
            }
            Map<Object, Object> m = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) m.put(value(), value());
            return Collections.unmodifiableMap(m);
          }
        case SORTED_MAP:
          {
            int n = count();
            TreeMap<Object, Object> m = new TreeMap<>();
            for (int i = 0; i < n; i++) m.put(value(), value());
            return Collections.unmodifiableSortedMap(m);
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
          return varints(count());
        case INTS:
          {
            long[] l = varints(count());
            int[] a = new int[l.length];
            for (int i = 0; i < a.length; i++) a[i] = (int) l[i];
            return a;
          }
        case TIME:
          {
            int t = type(); // before the array: type() may grow it
            Method parse = PARSE.get(classes[t]);
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
