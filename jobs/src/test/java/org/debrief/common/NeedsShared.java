package org.debrief.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that reads the real reviews of ../shared: skipped, with one line
 * naming the folder, when it is absent; failed instead when {@link SharedData#required()}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedFolderCondition.class)
public @interface NeedsShared {}
