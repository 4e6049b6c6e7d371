<%@ Page Title="" Language="C#" MasterPageFile="~/evaWeb/contentPage.master" AutoEventWireup="true" CodeFile="content8.aspx.cs" Inherits="evaWeb_content8" %>
<asp:Content ID="contentHeader" ContentPlaceHolderID="contentPageHeader" runat="server">
    <style>
    </style>
</asp:Content>

<asp:Content ID="Content1" ContentPlaceHolderID="targetPageContent" Runat="Server">
    <div>
        <h2 style="margin-left:10px;">八、評鑑委員實地訪評</h2>
        <div style="margin-left:50px; width: 904px;">
            <table>
                <tr>
                    <td style="padding-bottom:90px;padding-right:30px;">（一）</td><td style="padding:3px 5px;">評鑑委員應由校外具高等教育行政、教學具豐富之研究或實務經驗之大學教授，擔任相關部門主管之業界代表，或具「財團法人高等教育評鑑中心基金會」、「台灣評鑑協會」，或其他教育部任可之國內專業評鑑機構培訓之評鑑委員五至十人組成，其遴聘應遵守利益迴避原則，並報請「教學自我評鑑指導委員會」審查後聘任。</td>
                </tr>
                <tr>
                    <td>（二）</td><td style="padding:3px 5px;">請評鑑委員簽署利益迴避保證書，以完備利益迴避程序。</td>
                </tr>
                <tr>
                    <td>（三）</td><td style="padding:3px 5px;">本中心應將自評資料，送請通識教育自我評鑑委員進行書面審閱。</td>
                </tr>
                <tr>
                    <td style="padding-bottom:30px;">（四）</td><td style="padding:3px 5px;">受評單位於所屬空間陳列資料，書面資料力求整齊明確，並將陳列處及陳列項目資料檔案列表供評鑑委員參考。</td>
                </tr>
                <tr>
                    <td>（五）</td><td style="padding:3px 5px;">自我評鑑實地訪評當日應備妥教師、行政人員及學生名單，供外部評鑑委員勾選晤談。</td>
                </tr>
                <tr>
                    <td style="padding-bottom:30px;">（六）</td><td style="padding:3px 5px;">實地訪評行程安排，應包含受評單位簡報、資料檢閱、場地及設備檢視、綜合座談以及相關人員（含教師、行政人員及學生）晤談等。</td>
                </tr>
                <tr>
                    <td style="padding-bottom:30px;">（七）</td><td style="padding:3px 5px;">實地訪評當日，應備妥評鑑委員分工表，請評鑑委員推舉評鑑召集人並依評鑑項目進行分工。該分工表於訪評結束後應收回，以茲佐證。</td>
                </tr>
                <tr>
                    <td style="padding-bottom:30px;">（八）</td><td style="padding:3px 5px;">實地訪評當日，應備妥自我評鑑認可結果意見書、自我評鑑訪評建議表、通識教育認可要素及自我評鑑結果認定檢核表，供評鑑委員撰寫評鑑結果及對應之具體理由與建議。</td>
                </tr>
                <tr>
                    <td style="padding-bottom:30px;">（九）</td><td style="padding:3px 5px;">實地訪評結束後，應彙整自我評鑑認可結果意見書及自我評鑑結果建議表，連同自我評鑑結果報告書封面，完成自我評鑑結果報告書。</td>
                </tr>
            </table>
        </div>
    </div>
</asp:Content>

