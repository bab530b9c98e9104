import { graphql } from '../gql';

// The console's own documents: the session and the signed-in person. Each module keeps its documents in its own
// operations.ts; test/operations.spec.ts validates all of them against schema/schema.graphql and the API's limits.

graphql(/* GraphQL */ `
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    personId
    organizationId
  }
`);

/** Signs in with email and password. */
export const SIGN_IN = graphql(/* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
`);

/** Exchanges the refresh token for a new session. */
export const REFRESH_SESSION = graphql(/* GraphQL */ `
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

/** Ends this session. */
export const SIGN_OUT = graphql(/* GraphQL */ `
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken)
  }
`);

/** The signed-in person, for the user menu and the dashboard's greeting. */
export const ME = graphql(/* GraphQL */ `
  query Me {
    me {
      id
      displayName
      englishName
      jobTitle
      workEmail
    }
  }
`);

/** What the signed-in person may do: menus and buttons follow it. */
export const MY_PERMISSIONS = graphql(/* GraphQL */ `
  query MyPermissions {
    myPermissions {
      subject
      action
      allowed
      conditional
    }
  }
`);
