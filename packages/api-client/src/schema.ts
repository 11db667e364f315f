// Generated from openapi.json by `pnpm --filter @loome/api-client run generate`: do not edit.
export interface paths {
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description Access: `public`.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in as an email (dev mode only)
         * @description Access: `public`.
         */
        post: operations["devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish an OpenID Connect sign-in
         * @description Access: `public`.
         */
        post: operations["finishOidcSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out, also at the identity provider
         * @description Access: `authenticated`.
         */
        post: operations["oidcSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OpenID Connect sign-in
         * @description Access: `public`.
         */
        post: operations["startOidcSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How this API signs users in
         * @description Access: `public`.
         */
        get: operations["getSignInMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Access: `authenticated`.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization
         * @description Access: `platform`.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the directory of an organization
         * @description Access: `platform`.
         */
        put: operations["replaceDirectory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/scim-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organization's SCIM tokens, without their secrets
         * @description Access: `platform`.
         */
        get: operations["listScimTokens"];
        put?: never;
        /**
         * Make an organization's SCIM token; its secret is shown once
         * @description Access: `platform`.
         */
        post: operations["createScimToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/scim-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a SCIM token at once
         * @description Access: `platform`.
         */
        delete: operations["revokeScimToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mail the API would have sent (dev mode)
         * @description Access: `platform`.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The products: roles, permissions and policies
         * @description Access: `public`.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenants you belong to
         * @description Access: `authenticated`.
         */
        get: operations["listMyTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Access: `platform`.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API keys of a tenant
         * @description Access: `permission:userManagement`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (its secret is shown once)
         * @description Access: `permission:userManagement`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API key everywhere
         * @description Access: `permission:userManagement`.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/api-keys/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a key from the old system
         * @description Access: `platform`.
         */
        post: operations["importApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events, newest first, optionally filtered
         * @description Access: `permission:userManagement`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit events the filters match as CSV, newest first
         * @description Access: `permission:userManagement`.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/change-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a change: what it would do, or why it would be refused
         * @description Access: `tenant-member`.
         */
        post: operations["previewChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check one permission
         * @description Access: `tenant-member`.
         */
        post: operations["check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/check/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check up to 1,000 permissions in one call
         * @description Access: `tenant-member`.
         */
        post: operations["checkBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List legacy departments with their members
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Create a legacy department
         * @description Access: `tenant-member`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/departments/{departmentId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace who belongs to a department
         * @description Access: `tenant-member`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        put: operations["setDepartmentMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/directory/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the directory for groups
         * @description Access: `permission:userManagement`.
         */
        get: operations["searchDirectoryGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/directory/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a directory group
         * @description Access: `permission:userManagement`.
         */
        get: operations["listDirectoryGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the directory for users
         * @description Access: `permission:userManagement`.
         */
        get: operations["searchDirectoryUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/invitations/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation: the invited user leaves the tenant
         * @description Access: `permission:userManagement`.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/invitations/{principalId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a pending invitation mail again
         * @description Access: `permission:userManagement`.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/legacy-migration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry-run or apply the migration to the current model
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["migrateLegacyTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/legacy/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users of a legacy tenant (Manage Users)
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        get: operations["listLegacyUsers"];
        put?: never;
        /**
         * Invite a user with a legacy role
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["inviteLegacyUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/legacy/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user from a legacy tenant
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        delete: operations["removeLegacyUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/legacy/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the legacy role of a user
         * @description Access: `permission:userManagement`. Serves integrate tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        put: operations["changeLegacyRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/limited-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Limited Members with the records and rules that keep them
         * @description Access: `permission:userManagement`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        get: operations["listLimitedMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your roles, permissions and why you hold each
         * @description Access: `tenant-member`.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a project notification
         * @description Access: `tenant-member`. Serves assist tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["sendNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Access: `tenant-member`.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project (the creator becomes its owner)
         * @description Access: `tenant-member`.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a project with every project role given on it (and, in Monitor, its records and communication rules)
         * @description Access: `tenant-member`.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Rename a project (names are unique in the tenant, whatever their case)
         * @description Access: `tenant-member`.
         */
        patch: operations["renameProject"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/communication-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the communication rules of a project
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        get: operations["listCommunicationRules"];
        put?: never;
        /**
         * Create a communication rule
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["createCommunicationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/communication-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a communication rule
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        delete: operations["deleteCommunicationRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a project, by role
         * @description Access: `tenant-member`.
         */
        get: operations["listProjectMembers"];
        put?: never;
        /**
         * Add members to a project role
         * @description Access: `tenant-member`.
         */
        post: operations["addProjectMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a project
         * @description Access: `tenant-member`.
         */
        delete: operations["removeProjectMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the records of a project
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Create a record
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/projects/{projectId}/records/{recordId}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a record to a user
         * @description Access: `tenant-member`. Serves monitor tenants only; other products answer NOT_FOUND or FORBIDDEN.
         */
        put: operations["assignRecord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List application roles with their first members
         * @description Access: `tenant-member`.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/roles/{roleId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of an application role
         * @description Access: `tenant-member`.
         */
        get: operations["listRoleMembers"];
        put?: never;
        /**
         * Add users, groups or API keys to an application role
         * @description Access: `permission:userManagement`.
         */
        post: operations["addRoleMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/roles/{roleId}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from an application role
         * @description Access: `permission:userManagement`.
         */
        delete: operations["removeRoleMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change tenant settings
         * @description Access: `permission:userManagement`.
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List everyone the tenant knows
         * @description Access: `permission:userManagement`.
         */
        get: operations["listTenantUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/Groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or filter the organization's groups (SCIM)
         * @description Access: `scim`.
         */
        get: operations["listScimGroups"];
        put?: never;
        /**
         * Provision a group (SCIM)
         * @description Access: `scim`.
         */
        post: operations["createScimGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/Groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One provisioned group (SCIM)
         * @description Access: `scim`.
         */
        get: operations["getScimGroup"];
        /**
         * Replace a group and its members (SCIM)
         * @description Access: `scim`.
         */
        put: operations["replaceScimGroup"];
        post?: never;
        /**
         * Deprovision a group (SCIM)
         * @description Access: `scim`.
         */
        delete: operations["deleteScimGroup"];
        options?: never;
        head?: never;
        /**
         * Add or remove a group's members, or rename it (SCIM)
         * @description Access: `scim`.
         */
        patch: operations["patchScimGroup"];
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/ResourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SCIM resource types: User and Group
         * @description Access: `scim`.
         */
        get: operations["listScimResourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/Schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SCIM schemas of User, Group and the enterprise extension
         * @description Access: `scim`.
         */
        get: operations["listScimSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/ServiceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this SCIM endpoint supports
         * @description Access: `scim`.
         */
        get: operations["getScimServiceProviderConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or filter the organization's users (SCIM)
         * @description Access: `scim`.
         */
        get: operations["listScimUsers"];
        put?: never;
        /**
         * Provision a user (SCIM)
         * @description Access: `scim`.
         */
        post: operations["createScimUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/organizations/{orgId}/Users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One provisioned user (SCIM)
         * @description Access: `scim`.
         */
        get: operations["getScimUser"];
        /**
         * Replace a user's attributes (SCIM)
         * @description Access: `scim`.
         */
        put: operations["replaceScimUser"];
        post?: never;
        /**
         * Deprovision a user; their grants are kept (SCIM)
         * @description Access: `scim`.
         */
        delete: operations["deleteScimUser"];
        options?: never;
        head?: never;
        /**
         * Change a user's attributes, active included (SCIM)
         * @description Access: `scim`.
         */
        patch: operations["patchScimUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Organization: {
            id: string;
            name: string;
            userLookup: boolean;
            groupLookup: boolean;
        };
        ScimTokenList: {
            items: {
                id: string;
                description: string;
                createdAt: string;
            }[];
        };
        ScimTokenCreated: {
            id: string;
            description: string;
            createdAt: string;
            /** @description The bearer secret, shown this once */
            token: string;
        };
        ScimTokenRevoked: {
            id: string;
            /** @constant */
            revoked: true;
        };
        Mail: {
            id: string;
            tenantId: string;
            to: string;
            subject: string;
            text: string;
            createdAt: string;
            sentAt: string | null;
        };
        Product: {
            /** @enum {string} */
            id: "integrate" | "assist" | "monitor";
            name: string;
            portalPort: number;
            permissions: {
                [key: string]: string;
            };
            projectPermissions: {
                [key: string]: string;
            };
            applicationRoles: {
                consumer: {
                    label: string;
                    description?: string;
                    readonly permissions: string[];
                };
                "project-creator": {
                    label: string;
                    description?: string;
                    readonly permissions: string[];
                };
                administrator: {
                    label: string;
                    description?: string;
                    readonly permissions: string[];
                };
            };
            projectRoles: {
                [key: string]: {
                    label: string;
                    description?: string;
                    readonly permissions: string[];
                    assignable: boolean;
                };
            };
            userManagementPermission: string;
            projectManagementPermission: string;
            projectCreation: {
                permission: string;
                restrictableToAdministrators: boolean;
            };
            projectOwnerRole: string;
            projectMembersPermission: string;
            projectAdministrationPermission: string;
            remoteAccessPermission: string | null;
            consumerScope: {
                /** @constant */
                kind: "tenant";
            } | {
                /** @constant */
                kind: "assigned-projects";
                readonly scopedPermissions: string[];
            } | {
                /** @constant */
                kind: "assigned-records";
                readonly scopedPermissions: string[];
            };
            apiKeyPolicy: {
                /** @constant */
                kind: "by-role";
            } | {
                /** @constant */
                kind: "always-administrator";
            } | {
                /** @constant */
                kind: "administrator-before-cutoff";
                cutoff: string;
            };
            limitedMembers: {
                projectRole: string;
                writers: {
                    permission: string;
                    projectPermission: string;
                };
                readonly references: ("record-assignment" | "communication-rule")[];
                provisionConsumer: boolean;
            } | null;
            lookup: {
                users: boolean;
                groups: boolean;
            };
            projectNotifications: boolean;
            removingApplicationRoleRemovesFromTenant: boolean;
            legacy: {
                extraPermissions: {
                    [key: string]: string;
                };
                roles: {
                    "bi-user": {
                        label: string;
                        description?: string;
                        readonly permissions: string[];
                        departmentScoped: boolean;
                    };
                    "bi-manager": {
                        label: string;
                        description?: string;
                        readonly permissions: string[];
                        departmentScoped: boolean;
                    };
                    "bi-developer": {
                        label: string;
                        description?: string;
                        readonly permissions: string[];
                        departmentScoped: boolean;
                    };
                    "group-admin": {
                        label: string;
                        description?: string;
                        readonly permissions: string[];
                        departmentScoped: boolean;
                    };
                };
                /** @enum {string} */
                userManagementRole: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                mapping: {
                    "bi-user": {
                        /** @enum {string} */
                        applicationRole: "consumer" | "project-creator" | "administrator";
                        projectRole?: string;
                        /** @enum {string} */
                        projects: "own-departments" | "all-departments" | "none";
                    };
                    "bi-manager": {
                        /** @enum {string} */
                        applicationRole: "consumer" | "project-creator" | "administrator";
                        projectRole?: string;
                        /** @enum {string} */
                        projects: "own-departments" | "all-departments" | "none";
                    };
                    "bi-developer": {
                        /** @enum {string} */
                        applicationRole: "consumer" | "project-creator" | "administrator";
                        projectRole?: string;
                        /** @enum {string} */
                        projects: "own-departments" | "all-departments" | "none";
                    };
                    "group-admin": {
                        /** @enum {string} */
                        applicationRole: "consumer" | "project-creator" | "administrator";
                        projectRole?: string;
                        /** @enum {string} */
                        projects: "own-departments" | "all-departments" | "none";
                    };
                };
            } | null;
        };
        Tenant: {
            id: string;
            name: string;
            product: {
                /** @enum {string} */
                id: "integrate" | "assist" | "monitor";
                name: string;
            };
            /** @enum {string} */
            roleModel: "current" | "legacy";
        };
        CreatedTenant: {
            id: string;
            /** @enum {string} */
            product: "integrate" | "assist" | "monitor";
            name: string;
            organizationId: string;
            /** @enum {string} */
            roleModel: "current" | "legacy";
            administrators: string[];
        };
        ApiKey: {
            id: string;
            description: string;
            createdAt: string;
            expiresAt: string | null;
            allowedIps: string[];
            roles: ("consumer" | "project-creator" | "administrator")[];
            projectRoles: {
                projectId: string;
                role: string;
            }[];
            lastUsedAt: string | null;
        };
        CreatedApiKey: {
            id: string;
            description: string;
            createdAt: string;
            expiresAt: string | null;
            allowedIps: string[];
            secret: string;
        };
        AuditEvent: {
            id: string;
            at: string;
            actor: {
                kind: string;
                id: string;
                email?: string;
            };
            action: string;
            target: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            /** @description Display names of what the event refers to (a key that acted, its target, the projects and rules its snapshots name), by reference (`project:<id>`, `apiKey:<id>`…), as they are now; a deleted API key keeps its description */
            names: {
                [key: string]: string;
            };
        };
        /** @description CSV (RFC 4180) with a header row; cells that a spreadsheet would run as a formula start with a quote */
        AuditEventsCsv: string;
        CheckResult: {
            allowed: boolean;
            reason: string;
            reasons: components["schemas"]["Reason"][];
        };
        Reason: {
            source: components["schemas"]["ReasonSource"];
            scope: components["schemas"]["ReasonScope"];
            applies: boolean;
        };
        ReasonSource: {
            /** @constant */
            kind: "application-role";
            /** @enum {string} */
            role: "consumer" | "project-creator" | "administrator";
            group: {
                id: string;
                name: string;
            } | null;
        } | {
            /** @constant */
            kind: "project-role";
            role: string;
            projectId: string;
            group: {
                id: string;
                name: string;
            } | null;
        } | {
            /** @constant */
            kind: "limited-member";
            role: string;
            projectId: string;
            recordIds: string[];
            ruleIds: string[];
        } | {
            /** @constant */
            kind: "legacy-role";
            /** @enum {string} */
            role: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
            departmentId: string | null;
        } | {
            /** @constant */
            kind: "api-key-policy";
            /** @enum {string} */
            policy: "always-administrator" | "administrator-before-cutoff";
            createdAt: string;
            /** @constant */
            actsAs: "administrator";
        };
        ReasonScope: {
            /** @constant */
            kind: "tenant";
        } | {
            /** @constant */
            kind: "project";
            projectId: string;
        } | {
            /** @constant */
            kind: "department";
            departmentId: string;
        } | {
            /** @constant */
            kind: "assigned-project";
            projectId: string;
        } | {
            /** @constant */
            kind: "assigned-records";
            projectId: string;
            recordIds: string[];
            ruleIds: string[];
        } | {
            /** @constant */
            kind: "consumer-scope";
            /** @enum {string} */
            scope: "assigned-projects" | "assigned-records";
        } | {
            /** @constant */
            kind: "administrators-only";
            /** @constant */
            setting: "projectCreation";
        };
        CheckBatchResult: {
            allowed: boolean;
            reason: string;
        };
        DepartmentWithMembers: {
            id: string;
            name: string;
            members: {
                principalId: string;
                email: string;
                name: string;
            }[];
        };
        Department: {
            id: string;
            name: string;
        };
        DirectoryGroup: {
            id: string;
            name: string;
            email: string | null;
            memberCount: number;
        };
        DirectoryUser: {
            email: string;
            name: string;
            guest: boolean;
        };
        LegacyMigration: {
            dryRun: boolean;
            applied: boolean;
            report: {
                email: string;
                legacyRoles: ("bi-user" | "bi-manager" | "bi-developer" | "group-admin")[];
                /** @enum {string} */
                applicationRole: "consumer" | "project-creator" | "administrator";
                projectRoles: {
                    projectId: string;
                    role: string;
                }[];
                gains: {
                    permission: string;
                    label: string;
                    projectId: string | null;
                }[];
                losses: {
                    permission: string;
                    label: string;
                    projectId: string | null;
                }[];
            }[];
            reportFingerprint: string;
            departments: components["schemas"]["Department"][];
        };
        LegacyUser: {
            principalId: string;
            email: string;
            name: string;
            status: string;
            roles: ("bi-user" | "bi-manager" | "bi-developer" | "group-admin")[];
            departments: components["schemas"]["Department"][];
            invitedAt: string | null;
            invitedBy: components["schemas"]["Inviter"] | null;
        };
        Inviter: {
            /** @enum {string} */
            kind: "user" | "apiKey";
            name: string;
            email: string | null;
        };
        LimitedMember: {
            principalId: string;
            email: string;
            name: string;
            status: string;
            project: {
                id: string;
                name: string;
            };
            references: components["schemas"]["BlockingReferences"];
        };
        BlockingReferences: {
            records: {
                id: string;
                projectId: string;
            }[];
            rules: {
                id: string;
                projectId: string;
                name: string;
            }[];
        };
        Me: {
            tenant: {
                id: string;
                name: string;
                /** @enum {string} */
                roleModel: "current" | "legacy";
            };
            product: {
                /** @enum {string} */
                id: "integrate" | "assist" | "monitor";
                name: string;
            };
            principal: {
                /** @enum {string} */
                kind: "user" | "group" | "apiKey";
                id: string | null;
                email: string | null;
            } | null;
            roles: {
                source: components["schemas"]["ReasonSource"];
                scopes: (components["schemas"]["ReasonScope"] & {
                    text: string;
                })[];
            }[];
            permissions: {
                permission: string;
                label: string;
                reasons: {
                    source: components["schemas"]["ReasonSource"];
                    scope: components["schemas"]["ReasonScope"];
                    applies: boolean;
                    text: string;
                }[];
            }[];
            projects: {
                projectId: string;
                projectName: string | null;
                permissions: {
                    permission: string;
                    label: string;
                    reasons: {
                        source: components["schemas"]["ReasonSource"];
                        scope: components["schemas"]["ReasonScope"];
                        applies: boolean;
                        text: string;
                    }[];
                }[];
            }[];
        };
        Project: {
            id: string;
            name: string;
            departmentId: string | null;
            myRoles: string[];
        };
        CreatedProject: {
            id: string;
            name: string;
        };
        DeletedProject: {
            deleted: {
                id: string;
                name: string;
            };
            projectRolesRemoved: number;
            recordsDeleted: number;
            communicationRulesDeleted: number;
        };
        RenamedProject: {
            id: string;
            name: string;
        };
        CommunicationRule: {
            id: string;
            name: string;
            recipients: components["schemas"]["Person"][];
        };
        Person: {
            principalId: string;
            email: string;
            name: string;
        };
        ProjectRoles: {
            project: {
                id: string;
                name: string;
            };
            roles: {
                id: string;
                label: string;
                assignable: boolean;
                permissions: string[];
                memberCount: number;
                members: components["schemas"]["MemberPage"];
            }[];
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            nextCursor: string | null;
            total: number;
        };
        Member: {
            principalId: string;
            /** @enum {string} */
            kind: "user" | "group" | "apiKey";
            email: string | null;
            name: string;
            status: ("User" | "User Invitation") | null;
            invitedAt: string | null;
            invitedBy: components["schemas"]["Inviter"] | null;
            references?: components["schemas"]["BlockingReferences"];
        };
        MemberOutcome: {
            added: components["schemas"]["PrincipalRef"][];
            invited: string[];
            moved: {
                email: string;
                from: string;
                to: string;
            }[];
            unchanged: components["schemas"]["PrincipalRef"][];
        };
        PrincipalRef: {
            /** @constant */
            kind: "user";
            email: string;
        } | {
            /** @constant */
            kind: "group";
            id: string;
        } | {
            /** @constant */
            kind: "apiKey";
            id: string;
        };
        Record: {
            id: string;
            projectId: string;
            assignee: components["schemas"]["Person"] | null;
            ruleId: string | null;
        };
        Role: {
            id: string;
            label: string;
            description: string | null;
            permissions: string[];
            memberCount: number;
            members: components["schemas"]["MemberPage"];
        };
        TenantUser: {
            principalId: string;
            email: string;
            name: string;
            status: string;
            invitedAt: string | null;
            invitedBy: components["schemas"]["Inviter"] | null;
            guest: boolean;
            roles: {
                /** @enum {string} */
                role: "consumer" | "project-creator" | "administrator";
                via: {
                    groupId: string;
                    groupName: string;
                } | null;
            }[];
            projectRoles: {
                projectId: string;
                role: string;
                via: {
                    groupId: string;
                    groupName: string;
                } | null;
            }[];
            legacyRoles: ("bi-user" | "bi-manager" | "bi-developer" | "group-admin")[];
        };
        ScimListResponse: {
            schemas: [
                "urn:ietf:params:scim:api:messages:2.0:ListResponse"
            ];
            totalResults: number;
            startIndex: number;
            itemsPerPage: number;
            Resources: unknown[];
        };
        ScimGroup: {
            schemas: "urn:ietf:params:scim:schemas:core:2.0:Group"[];
            id: string;
            meta: {
                /** @constant */
                resourceType: "Group";
                location: string;
            };
            displayName: string;
            externalId?: string | null;
            members?: {
                value: string;
                display?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ScimDiscovery: {
            schemas?: string[];
        } & {
            [key: string]: unknown;
        };
        ScimUser: {
            schemas: ("urn:ietf:params:scim:schemas:core:2.0:User" | "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")[];
            id: string;
            meta: {
                /** @constant */
                resourceType: "User";
                location: string;
            };
            /**
             * Format: email
             * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
             */
            userName: string;
            externalId?: string | null;
            displayName?: string | null;
            nickName?: string;
            profileUrl?: string;
            title?: string;
            userType?: string | null;
            preferredLanguage?: string;
            locale?: string;
            timezone?: string;
            active: boolean;
            password?: string;
            name?: {
                formatted?: string;
                familyName?: string;
                givenName?: string;
                middleName?: string;
                honorificPrefix?: string;
                honorificSuffix?: string;
            };
            emails?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            phoneNumbers?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            ims?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            photos?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            addresses?: {
                formatted?: string;
                streetAddress?: string;
                locality?: string;
                region?: string;
                postalCode?: string;
                country?: string;
                type?: string;
                primary?: unknown;
            }[];
            roles?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            entitlements?: {
                value?: string;
                display?: string;
                type?: string;
                primary?: unknown;
            }[];
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: {
                employeeNumber?: string;
                costCenter?: string;
                organization?: string;
                division?: string;
                department?: string;
                manager?: string | {
                    value?: string;
                    displayName?: string;
                    $ref?: string;
                };
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Bad input; nothing changed. `invalidEntries` lists each bad address of a semicolon list (R2). */
        ValidationProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "VALIDATION";
            issues?: {
                path: string[];
                message: string;
            }[];
            invalidEntries?: {
                position: number;
                value: string;
            }[];
        };
        /** @description No valid session, API key or platform token (an expired key, or one used from another address, too). */
        UnauthenticatedProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "UNAUTHENTICATED";
            reason?: components["schemas"]["SignInRefusalReason"];
        };
        /** @enum {string} */
        SignInRefusalReason: "EMAIL_NOT_VERIFIED" | "LINKED_TO_ANOTHER_ACCOUNT" | "ATTEMPT_NOT_VALID" | "PROVIDER_ERROR" | "TOKEN_NOT_VALID" | "DIRECTORY_INACTIVE";
        /** @description Not allowed; ESCALATION lists the permissions the caller would grant without holding them (R9); a route's FORBIDDEN lists the one permission it needs. */
        ForbiddenProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @enum {string} */
            code: "FORBIDDEN" | "ESCALATION";
            missingPermissions?: string[];
            reason?: components["schemas"]["SignInRefusalReason"];
        };
        /** @description No such resource in this tenant. */
        NotFoundProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "NOT_FOUND";
        };
        /** @description A rule of §2 refuses; `blocking` lists the records and rules that keep a Limited Member (R17). */
        RuleProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @enum {string} */
            code: "CANNOT_REMOVE_SELF" | "LAST_ADMINISTRATOR" | "PEER_GROUP_ADMIN" | "LIMITED_MEMBER_REFERENCED" | "NOT_ASSIGNABLE" | "LOOKUP_DISABLED" | "CONFLICT";
            blocking?: components["schemas"]["BlockingReferences"];
        };
        /** @description The body is over the size limit. */
        TooLargeProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "VALIDATION";
        };
        /** @description The body is not application/json. */
        MediaTypeProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "VALIDATION";
        };
        /** @description Overloaded: retry after the `Retry-After` seconds. */
        UnavailableProblem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @constant */
            code: "UNAVAILABLE";
        };
        ScimError: {
            schemas: [
                "urn:ietf:params:scim:api:messages:2.0:Error"
            ];
            status: string;
            scimType?: string;
            detail: string;
        };
    };
    responses: {
        /** @description Bad input; nothing changed. `invalidEntries` lists each bad address of a semicolon list (R2). */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
        /** @description No valid session, API key or platform token (an expired key, or one used from another address, too). */
        Problem401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnauthenticatedProblem"];
            };
        };
        /** @description Not allowed; ESCALATION lists the permissions the caller would grant without holding them (R9); a route's FORBIDDEN lists the one permission it needs. */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ForbiddenProblem"];
            };
        };
        /** @description No such resource in this tenant. */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["NotFoundProblem"];
            };
        };
        /** @description A rule of §2 refuses; `blocking` lists the records and rules that keep a Limited Member (R17). */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["RuleProblem"];
            };
        };
        /** @description The body is over the size limit. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TooLargeProblem"];
            };
        };
        /** @description The body is not application/json. */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["MediaTypeProblem"];
            };
        };
        /** @description Overloaded: retry after the `Retry-After` seconds. */
        Problem503: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["UnavailableProblem"];
            };
        };
        /** @description A SCIM error (RFC 7644 §3.12): `status` as a string, `scimType` where RFC 7644 names one */
        ScimError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/scim+json": components["schemas"]["ScimError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            503: components["responses"]["Problem503"];
        };
    };
    devLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        userId: string;
                        email: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    finishOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callbackUrl: string & (unknown & unknown);
                    state: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        userId: string;
                        email: string;
                        returnTo: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    oidcSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    postLogoutRedirectUri: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endSessionUrl: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    redirectUri: string & (unknown & unknown);
                    returnTo: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorizationUrl: string;
                        state: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    getSignInMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        mode: "dev";
                    } | {
                        /** @constant */
                        mode: "oidc";
                        providerName: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            503: components["responses"]["Problem503"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                    userLookup: boolean;
                    groupLookup: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    replaceDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    users: {
                        /**
                         * Format: email
                         * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                         */
                        email: string;
                        name: string & (unknown & unknown);
                        guest?: boolean;
                    }[];
                    groups: {
                        id: string;
                        name: string & (unknown & unknown);
                        email?: string | null;
                        members: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationId: string;
                        users: number;
                        groups: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listScimTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimTokenList"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimTokenCreated"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    revokeScimToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimTokenRevoked"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Mail"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            503: components["responses"]["Problem503"];
        };
    };
    listMyTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Tenant"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            503: components["responses"]["Problem503"];
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    product: "integrate" | "assist" | "monitor";
                    name: string & (unknown & unknown);
                    organizationId: string;
                    administrators: string[];
                    /**
                     * @description The role model: `legacy` for a product whose configuration has one (`x-product-values`); elsewhere VALIDATION
                     * @enum {string}
                     */
                    roleModel?: "current" | "legacy";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string & (unknown & unknown);
                    /** @description When the key stops working: a date-time in the future (a past one is VALIDATION) */
                    expiresAt?: string | null;
                    allowedIps?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    importApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string & (unknown & unknown);
                    /** Format: date-time */
                    createdAt: string;
                    secret: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        description: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                actor?: string;
                action?: "application-role.member.added" | "application-role.member.invited" | "application-role.member.moved" | "application-role.member.removed" | "invitation.accepted" | "invitation.resent" | "invitation.revoked" | "tenant.administrator.added" | "tenant.settings.updated" | "project.created" | "project.renamed" | "project.deleted" | "project.member.added" | "project.member.removed" | "api-key.created" | "api-key.imported" | "api-key.deleted" | "record.created" | "record.assigned" | "communication-rule.created" | "communication-rule.deleted" | "legacy-role.invited" | "legacy-role.changed" | "legacy-role.removed" | "department.created" | "department.members.set" | "legacy-migration.user-migrated" | "legacy-migration.applied" | "directory.replaced" | "directory.user.provisioned" | "directory.user.revived" | "directory.user.updated" | "directory.user.deactivated" | "directory.user.reactivated" | "directory.user.deprovisioned" | "directory.group.created" | "directory.group.updated" | "directory.group.deleted";
                target?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                actor?: string;
                action?: "application-role.member.added" | "application-role.member.invited" | "application-role.member.moved" | "application-role.member.removed" | "invitation.accepted" | "invitation.resent" | "invitation.revoked" | "tenant.administrator.added" | "tenant.settings.updated" | "project.created" | "project.renamed" | "project.deleted" | "project.member.added" | "project.member.removed" | "api-key.created" | "api-key.imported" | "api-key.deleted" | "record.created" | "record.assigned" | "communication-rule.created" | "communication-rule.deleted" | "legacy-role.invited" | "legacy-role.changed" | "legacy-role.removed" | "department.created" | "department.members.set" | "legacy-migration.user-migrated" | "legacy-migration.applied" | "directory.replaced" | "directory.user.provisioned" | "directory.user.revived" | "directory.user.updated" | "directory.user.deactivated" | "directory.user.reactivated" | "directory.user.deprovisioned" | "directory.group.created" | "directory.group.updated" | "directory.group.deleted";
                target?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["AuditEventsCsv"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    previewChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    change: "remove-role-member";
                    roleId: string;
                    principalId: string;
                } | {
                    /** @constant */
                    change: "move-user";
                    roleId: string;
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    email: string;
                } | {
                    /** @constant */
                    change: "remove-project-member";
                    projectId: string;
                    principalId: string;
                    role?: string;
                } | {
                    /** @constant */
                    change: "delete-api-key";
                    apiKeyId: string;
                } | {
                    /** @constant */
                    change: "revoke-invitation";
                    principalId: string;
                } | {
                    /** @constant */
                    change: "delete-project";
                    projectId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        allowed: true;
                        applicationRoles: {
                            granted: {
                                /** @enum {string} */
                                kind: "user" | "group" | "apiKey";
                                principalId: string | null;
                                name: string;
                                email: string | null;
                                role: string;
                                roleLabel: string;
                            }[];
                            revoked: {
                                /** @enum {string} */
                                kind: "user" | "group" | "apiKey";
                                principalId: string | null;
                                name: string;
                                email: string | null;
                                role: string;
                                roleLabel: string;
                            }[];
                        };
                        projectRoles: {
                            granted: {
                                /** @enum {string} */
                                kind: "user" | "group" | "apiKey";
                                principalId: string | null;
                                name: string;
                                email: string | null;
                                role: string;
                                roleLabel: string;
                                projectId: string;
                                projectName: string;
                            }[];
                            revoked: {
                                /** @enum {string} */
                                kind: "user" | "group" | "apiKey";
                                principalId: string | null;
                                name: string;
                                email: string | null;
                                role: string;
                                roleLabel: string;
                                projectId: string;
                                projectName: string;
                            }[];
                        };
                        deletedApiKeys: {
                            id: string;
                            description: string;
                        }[];
                        deletedProjects: {
                            id: string;
                            name: string;
                            records: number;
                            communicationRules: string[];
                        }[];
                        invitations: string[];
                        administrators: {
                            before: number;
                            after: number;
                        };
                    } | {
                        /** @constant */
                        allowed: false;
                        refusal: {
                            code: string;
                            message: string;
                            invalidEntries?: {
                                position: number;
                                value: string;
                            }[];
                            blocking?: {
                                records: {
                                    id: string;
                                    projectId: string;
                                }[];
                                rules: {
                                    id: string;
                                    projectId: string;
                                    name: string;
                                }[];
                            };
                            missingPermissions?: string[];
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    principalId?: string;
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    email?: string;
                    /**
                     * @description A permission of the tenant's product (`x-product-values`); another product's is VALIDATION
                     * @enum {string}
                     */
                    permission: "jobs.view" | "jobs.history.view" | "schedules.manage" | "jobs.run" | "jobs.manage" | "tasks.manage" | "connections.manage" | "file-definitions.manage" | "cluster-definitions.manage" | "tenant.manage" | "agents.manage" | "agents.status.view" | "projects.create" | "projects.manage" | "project.members.manage" | "project.jobs.manage" | "project.resources.manage" | "project.jobs.run" | "project.jobs.view" | "jobs.deploy" | "reports.view" | "remote-api.configure" | "remote-api.access" | "users.manage" | "accounts.manage" | "cost-centers.manage" | "affiliations.manage" | "workstation-templates.manage" | "workstations.manage" | "data-repositories.manage" | "workstations.deploy" | "projects.view" | "project.manage" | "project.resources.deploy" | "project.resources.use" | "project.view" | "project.connections.manage" | "agents.add" | "rules.create" | "rules.edit" | "rules.run" | "results.view-edit" | "project.rules.manage" | "project.rules.run" | "project.results.view-edit";
                    projectId?: string;
                    recordId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    checkBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checks: {
                        principalId?: string;
                        /**
                         * Format: email
                         * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                         */
                        email?: string;
                        /**
                         * @description A permission of the tenant's product (`x-product-values`); another product's is VALIDATION
                         * @enum {string}
                         */
                        permission: "jobs.view" | "jobs.history.view" | "schedules.manage" | "jobs.run" | "jobs.manage" | "tasks.manage" | "connections.manage" | "file-definitions.manage" | "cluster-definitions.manage" | "tenant.manage" | "agents.manage" | "agents.status.view" | "projects.create" | "projects.manage" | "project.members.manage" | "project.jobs.manage" | "project.resources.manage" | "project.jobs.run" | "project.jobs.view" | "jobs.deploy" | "reports.view" | "remote-api.configure" | "remote-api.access" | "users.manage" | "accounts.manage" | "cost-centers.manage" | "affiliations.manage" | "workstation-templates.manage" | "workstations.manage" | "data-repositories.manage" | "workstations.deploy" | "projects.view" | "project.manage" | "project.resources.deploy" | "project.resources.use" | "project.view" | "project.connections.manage" | "agents.add" | "rules.create" | "rules.edit" | "rules.run" | "results.view-edit" | "project.rules.manage" | "project.rules.run" | "project.results.view-edit";
                        projectId?: string;
                        recordId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["CheckBatchResult"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DepartmentWithMembers"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    setDepartmentMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        emails: string[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    searchDirectoryGroups: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DirectoryGroup"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            503: components["responses"]["Problem503"];
        };
    };
    listDirectoryGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: {
                            id: string;
                            name: string;
                            email: string | null;
                        };
                        members: {
                            email: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            503: components["responses"]["Problem503"];
        };
    };
    searchDirectoryUsers: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DirectoryUser"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            503: components["responses"]["Problem503"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: {
                            principalId: string;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resent: {
                            principalId: string;
                            email: string;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    migrateLegacyTenant: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                expectedReport?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyMigration"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listLegacyUsers: {
        parameters: {
            query?: {
                q?: string;
                role?: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                status?: "User" | "User Invitation";
                sort?: "name" | "email" | "status";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LegacyUser"][];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    inviteLegacyUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    email: string;
                    /** @enum {string} */
                    role: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                    departmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        /** @enum {string} */
                        role: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    removeLegacyUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    changeLegacyRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        /** @enum {string} */
                        role: "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listLimitedMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LimitedMember"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    sendNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                    projectId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        projectId: string;
                        notified: number;
                        invited: string[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedProject"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedProject"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    renameProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenamedProject"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listCommunicationRules: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunicationRule"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createCommunicationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                    recipients: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        name: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteCommunicationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listProjectMembers: {
        parameters: {
            query?: {
                role?: string;
                q?: string;
                kind?: "user" | "group" | "apiKey";
                status?: "User" | "User Invitation";
                sort?: "name" | "email" | "status";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRoles"] | components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    addProjectMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    kind: "user";
                    /** @description Email addresses separated by semicolons (R2): spaces around them are ignored, empty entries too; at least one address */
                    emails: string;
                    /**
                     * @description A project role of the tenant's product (`x-product-values`); another product's is VALIDATION
                     * @enum {string}
                     */
                    role: "owner" | "contributor" | "manager" | "member" | "reader" | "limited-member";
                } | {
                    /** @constant */
                    kind: "group";
                    groupIds: string[];
                    /**
                     * @description A project role of the tenant's product (`x-product-values`); another product's is VALIDATION
                     * @enum {string}
                     */
                    role: "owner" | "contributor" | "manager" | "member" | "reader" | "limited-member";
                } | {
                    /** @constant */
                    kind: "apiKey";
                    apiKeyIds: string[];
                    /**
                     * @description A project role of the tenant's product (`x-product-values`); another product's is VALIDATION
                     * @enum {string}
                     */
                    role: "owner" | "contributor" | "manager" | "member" | "reader" | "limited-member";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOutcome"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    removeProjectMember: {
        parameters: {
            query?: {
                role?: string;
            };
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: {
                            projectId: string;
                            principalId: string;
                            role: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Record"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeEmail?: string | null;
                    ruleId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        assigneeEmail: string | null;
                        ruleId: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    assignRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                projectId: string;
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        projectId: string;
                        assigneeEmail: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        roleModel: "current" | "legacy";
                        items: components["schemas"]["Role"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    listRoleMembers: {
        parameters: {
            query?: {
                q?: string;
                kind?: "user" | "group" | "apiKey";
                status?: "User" | "User Invitation";
                sort?: "name" | "email" | "status";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
                roleId: "consumer" | "project-creator" | "administrator" | "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    addRoleMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                roleId: "consumer" | "project-creator" | "administrator" | "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    kind: "user";
                    /** @description Email addresses separated by semicolons (R2): spaces around them are ignored, empty entries too; at least one address */
                    emails: string;
                } | {
                    /** @constant */
                    kind: "group";
                    groupIds: string[];
                } | {
                    /** @constant */
                    kind: "apiKey";
                    apiKeyIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOutcome"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    removeRoleMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
                roleId: "consumer" | "project-creator" | "administrator" | "bi-user" | "bi-manager" | "bi-developer" | "group-admin";
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: {
                            roleId: string;
                            principalId: string;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Who may create projects, where the tenant's product has the setting (`x-product-values`); elsewhere VALIDATION
                     * @enum {string}
                     */
                    projectCreation?: "project-creators" | "administrators";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings: {
                            /** @enum {string} */
                            projectCreation: "project-creators" | "administrators";
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            503: components["responses"]["Problem503"];
        };
    };
    listTenantUsers: {
        parameters: {
            query?: {
                email?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TenantUser"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            503: components["responses"]["Problem503"];
        };
    };
    listScimGroups: {
        parameters: {
            query?: {
                filter?: string;
                startIndex?: number;
                count?: number;
                attributes?: string;
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimListResponse"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    createScimGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: "urn:ietf:params:scim:schemas:core:2.0:Group"[];
                    id?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    displayName: string;
                    externalId?: string | null;
                    members?: {
                        value: string;
                        display?: string;
                        $ref?: string;
                        type?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimGroup"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    getScimGroup: {
        parameters: {
            query?: {
                attributes?: string;
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimGroup"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    replaceScimGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: "urn:ietf:params:scim:schemas:core:2.0:Group"[];
                    id?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    displayName: string;
                    externalId?: string | null;
                    members?: {
                        value: string;
                        display?: string;
                        $ref?: string;
                        type?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimGroup"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    deleteScimGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    patchScimGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: string[];
                    Operations: {
                        /** @description `add`, `replace` or `remove`, in any case */
                        op: string;
                        path?: string;
                        value?: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    listScimResourceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDiscovery"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    listScimSchemas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDiscovery"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    getScimServiceProviderConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimDiscovery"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    listScimUsers: {
        parameters: {
            query?: {
                filter?: string;
                startIndex?: number;
                count?: number;
                attributes?: string;
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimListResponse"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    createScimUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: ("urn:ietf:params:scim:schemas:core:2.0:User" | "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")[];
                    id?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    userName: string;
                    externalId?: string | null;
                    displayName?: string | null;
                    nickName?: string;
                    profileUrl?: string;
                    title?: string;
                    userType?: string | null;
                    preferredLanguage?: string;
                    locale?: string;
                    timezone?: string;
                    active?: boolean | ("True" | "False" | "true" | "false");
                    password?: string;
                    name?: {
                        formatted?: string;
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        honorificPrefix?: string;
                        honorificSuffix?: string;
                    };
                    emails?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    phoneNumbers?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    ims?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    photos?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    addresses?: {
                        formatted?: string;
                        streetAddress?: string;
                        locality?: string;
                        region?: string;
                        postalCode?: string;
                        country?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    roles?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    entitlements?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: {
                        employeeNumber?: string;
                        costCenter?: string;
                        organization?: string;
                        division?: string;
                        department?: string;
                        manager?: string | {
                            value?: string;
                            displayName?: string;
                            $ref?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    getScimUser: {
        parameters: {
            query?: {
                attributes?: string;
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    replaceScimUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: ("urn:ietf:params:scim:schemas:core:2.0:User" | "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")[];
                    id?: string;
                    meta?: {
                        [key: string]: unknown;
                    };
                    /**
                     * Format: email
                     * @description An email address (WHATWG valid e-mail address, ASCII; local part at most 64 characters, the whole at most 254); compared lower-cased
                     */
                    userName: string;
                    externalId?: string | null;
                    displayName?: string | null;
                    nickName?: string;
                    profileUrl?: string;
                    title?: string;
                    userType?: string | null;
                    preferredLanguage?: string;
                    locale?: string;
                    timezone?: string;
                    active?: boolean | ("True" | "False" | "true" | "false");
                    password?: string;
                    name?: {
                        formatted?: string;
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        honorificPrefix?: string;
                        honorificSuffix?: string;
                    };
                    emails?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    phoneNumbers?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    ims?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    photos?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    addresses?: {
                        formatted?: string;
                        streetAddress?: string;
                        locality?: string;
                        region?: string;
                        postalCode?: string;
                        country?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    roles?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    entitlements?: {
                        value?: string;
                        display?: string;
                        type?: string;
                        primary?: boolean | ("True" | "False" | "true" | "false");
                    }[];
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: {
                        employeeNumber?: string;
                        costCenter?: string;
                        organization?: string;
                        division?: string;
                        department?: string;
                        manager?: string | {
                            value?: string;
                            displayName?: string;
                            $ref?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    deleteScimUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
    patchScimUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/scim+json": {
                    schemas: string[];
                    Operations: {
                        /** @description `add`, `replace` or `remove`, in any case */
                        op: string;
                        path?: string;
                        value?: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/scim+json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimError"];
            401: components["responses"]["ScimError"];
            403: components["responses"]["ScimError"];
            404: components["responses"]["ScimError"];
            409: components["responses"]["ScimError"];
            413: components["responses"]["ScimError"];
            415: components["responses"]["ScimError"];
            503: components["responses"]["ScimError"];
        };
    };
}
