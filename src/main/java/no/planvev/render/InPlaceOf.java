package no.planvev.render;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A flexmark parser part that takes the place of one of flexmark's own: it runs before and after
 * what that one does, with the same scope.
 */
interface InPlaceOf extends Dependent {

  /** The part whose place this one takes. */
  Dependent original();

  @Override
  default Set<Class<?>> getAfterDependents() {
    return original().getAfterDependents();
  }

  @Override
  default Set<Class<?>> getBeforeDependents() {
    return original().getBeforeDependents();
  }

  @Override
  default boolean affectsGlobalScope() {
    return original().affectsGlobalScope();
  }
}
