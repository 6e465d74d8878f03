package th.go.moph.dho.linelogin;

import org.jspecify.annotations.Nullable;

/**
 * A citizen as LINE vouches for them.
 *
 * @param userId the LINE user id ({@code sub} of the ID token), e.g. {@code U0123…}
 * @param displayName the LINE display name ({@code name}), if the token carries it
 */
public record LineUser(String userId, @Nullable String displayName) {
}
