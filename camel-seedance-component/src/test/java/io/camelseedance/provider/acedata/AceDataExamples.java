package io.camelseedance.provider.acedata;

import io.camelseedance.api.VideoRequest;

/** Ace Data Cloud's documented example requests, written as neutral requests. */
public final class AceDataExamples {

    /** The documented create; its wire form is checked by the contract suite ({@code contract/acedata/}). */
    public static VideoRequest documentedCreate() {
        return VideoRequest.builder().model("doubao-seedance-2-0-fast-260128")
                .prompt("The woman smiles and waves, soft studio light")
                .referenceImage("https://cdn.example.com/face.jpg")
                .resolution("480p").ratio("9:16").duration(5).cameraFixed(false).returnLastFrame(true).build();
    }

    private AceDataExamples() {
    }
}
