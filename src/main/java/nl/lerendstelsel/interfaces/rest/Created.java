package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer {@code 201 Created} to a request that made a resource: the resource, and its address as {@code Location}. */
final class Created {

    private Created() {
    }

    /** A resource made in the collection the request went to: its address is the request's with {@code id} added. */
    static Response in(UriInfo uriInfo, Object id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }

    /** A resource that lives in another collection of the API, at {@code collection/id} below the API's base. */
    static Response at(UriInfo uriInfo, String collection, Object id, Object entity) {
        return Response.created(uriInfo.getBaseUriBuilder().path(collection).path(String.valueOf(id)).build()).entity(entity)
                .build();
    }
}
