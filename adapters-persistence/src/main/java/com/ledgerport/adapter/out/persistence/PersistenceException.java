package com.ledgerport.adapter.out.persistence;

/** A database failure that no caller can handle as a business outcome (connection lost, bad SQL, …). */
final class PersistenceException extends RuntimeException {

    PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
