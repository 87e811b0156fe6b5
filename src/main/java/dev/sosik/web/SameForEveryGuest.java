package dev.sosik.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page whose HTML is the same for every guest (a reader not signed in): no form token, nothing of the
 * visitor. {@link GuestPageCache} serves such a page to guests from memory for a few seconds (a minute when its
 * owner drops the copies as soon as what they show changes) and answers their browsers' revalidations with 304. A
 * page that shows a guest anything of its own must not carry it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SameForEveryGuest {

    /**
     * The page's owner drops its copies ({@link GuestPageCache#forget}) whenever what the page shows changes, so
     * that a copy may live longer ({@code sosik.pages.guest-kept-ttl}): only its live figures and ranking lists
     * age with it.
     */
    boolean untilChanged() default false;
}
