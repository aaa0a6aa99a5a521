package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;

/** One action on one resource, e.g. {@code balance.read_one}: what an endpoint requires of a credential. */
public record Permission(String resource, String action) {

    public static final Permission BALANCE_READ_ONE = new Permission("balance", "read_one");
    public static final Permission BALANCE_READ_MANY = new Permission("balance", "read_many");
    public static final Permission ORDERS_CREATE_ONE = new Permission("orders", "create_one");
    public static final Permission ORDERS_READ_ONE = new Permission("orders", "read_one");
    public static final Permission ORDERS_READ_MANY = new Permission("orders", "read_many");
    public static final Permission ORDERS_UPDATE_ONE = new Permission("orders", "update_one");
    public static final Permission PRODUCTS_READ_ONE = new Permission("products", "read_one");
    public static final Permission PRODUCTS_READ_MANY = new Permission("products", "read_many");
    public static final Permission CATEGORIES_READ_MANY = new Permission("categories", "read_many");
    public static final Permission PRICELIST_READ_MANY = new Permission("pricelist", "read_many");
    public static final Permission SERVICES_READ_ONE = new Permission("services", "read_one");
    public static final Permission KEYS_CREATE_ONE = new Permission("keys", "create_one");
    public static final Permission KEYS_READ_MANY = new Permission("keys", "read_many");
    public static final Permission KEYS_UPDATE_ONE = new Permission("keys", "update_one");
    public static final Permission ACCESSTOKEN_CREATE_ONE = new Permission("accesstoken", "create_one");
    public static final Permission ACCESSTOKEN_READ_ONE = new Permission("accesstoken", "read_one");
    public static final Permission ACCESSTOKEN_READ_MANY = new Permission("accesstoken", "read_many");
    public static final Permission ACCESSTOKEN_UPDATE_ONE = new Permission("accesstoken", "update_one");
    public static final Permission ACCESSTOKEN_DELETE_ONE = new Permission("accesstoken", "delete_one");
    public static final Permission COMPANIES_READ_ONE = new Permission("companies", "read_one");

    public Permission {
        Require.present(resource, "resource");
        Require.present(action, "action");
        Require.that(ScopeCatalogue.knows(resource, action), "unknown scope " + resource + "." + action);
    }

    @Override
    public String toString() {
        return resource + "." + action;
    }
}
