package com.ledgerport.application.port.out;

import java.util.function.Supplier;

/**
 * One database transaction around a piece of application work: everything the work writes through the
 * outbound ports commits together or not at all. Implemented by the persistence adapter.
 */
public interface UnitOfWork {

    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);
}
