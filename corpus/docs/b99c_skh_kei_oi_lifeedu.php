<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>聖公會基愛小學 S.K.H. Kei Oi Primary School</title>
<link href="css/all.css" rel="stylesheet" type="text/css" />
<style>
.td01{padding:0px 10px;}
</style>
</head>

<body><?php include('top_about.php'); ?>


<!-- container -->
<div id="container">


      <!-- lnb -->
     <div id="lnb">
            <h2 class="lnbTitle"><img src="images/images/lnb1.png" alt="정시모집" /></h2>
			<div id="snb"><?php include('About_Left.php'); ?></div>
      </div>
      <!-- //lnb -->
	  
	  
	  
	  <!-- contents -->
      <div id="contents">
	  
	  
	     <!-- locationGroup -->
	      <div id="locationGroup">
           <img src="images/shengmingjiaoyu.jpg" width="361" height="110" />

            <ul class="location">
                <li>首頁 &gt;</li>
						<li>							
							學校簡介
 &gt; 						</li>
					 	<li>學校發展&gt;</li> <li>生命教育 </li>
            </ul>
        </div>
	  <!-- //locationGroup -->
	  
	  <div id="contents_In">
	    
	  
	  
	  <table  border="0" cellspacing="0" cellpadding="0" style="width:830px;">
          <tr>
            <td valign="top"  class="section">
              <table  border="0" cellpadding="8" cellspacing="1" width="99%">
              <tr>
                <td width="96%" height="40"  class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;生命在愛裏成長、在感動中活著</strong></td>
              </tr>
           </table>
           </td>
        </tr>
     </table>
     <table border="0" cellspacing="1" style="width:830px;margin-top:18px; text-align:left;" cellpadding="0"  class="section">
                     <tr>
                      <td height="36">
                      <table width="98%" border="0" cellspacing="1" cellpadding="8">
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;目的</strong></td>
			              </tr>
			            </tbody></table>
			            </td>
                    </tr>
                
                    <tr>
                      <td style="width:830px;padding-top:18px;padding-left:47px;">本校為配合全人教育的發展，積極推行生命教育計劃，期盼讓學生認識生命(包括自己、他人和自然環境)，進而肯定、愛惜和尊重生命；並建立樂觀進取的人生觀和在現實的生活中不斷探索屬於自己的生命特色。
                    <p>一、幫助學生認識自己，建立自信，進而實現自我和塑造良好的品格。</p>
                    <p>二、增進學生人際溝通技巧，加強他人與人和諧共融相處的能力。</p>
                    <p>三、鼓勵學生接觸大自然，欣賞和愛惜大自然的美。</p>
                    <p>四、協助學生探索生命的意義，提昇對生命的尊重與關懷。</p>
                    </td>
                    </tr>
     </table>
     <table border="0" cellspacing="1" style="width:830px;margin-top:18px;" cellpadding="0">
                <tr>
                  <td height="36">
                  <table width="98%" border="0" cellspacing="1" cellpadding="8">
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;核心成員</strong></td>
			              </tr>
			      </tbody></table>
			      </td>
                </tr>
                
                <tr>
                  <td>&nbsp;</td>
                </tr>
                <tr>
                  <td  class="section" style="padding-left:47px;">校長、副校長、訓育主任、宗教科主任、教師代表、生命教育主任、輔導主任、德育及公民教育主任、圖書老師</td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                </tr>
                <tr>
                  <td height="36">
                   <table width="98%" border="0" cellspacing="1" cellpadding="8" style="margin-bottom:18px;"  class="section">
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;發展生命教育的策略</strong></td>
			              </tr>
			      </tbody></table>
                  </td>
                </tr>
                <tr>
                  <td><table border="0" cellspacing="0" cellpadding="0" width="100%" style="padding-left:47px;"  class="section">
                    <tbody><tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td>德育成長課（成長歷程的體驗活動及專題講座）</td>
                    </tr>
                    <tr>
                      <td width="15"><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td>聖經科（靈命教育、敬拜讚美會、服務學習）</td>
                    </tr>
                  </tbody></table></td>
                </tr>
   </table>
    <table border="0" cellspacing="1" style="width:830px;margin-top:28px;" cellpadding="0">
                <tr>
                  <td height="35">
                  <table width="98%" border="0" cellspacing="1" cellpadding="8" >
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;生命教育的三個指標</strong></td>
			              </tr>
			      </tbody></table>
			      </td>
                </tr>
                <tr>
                  <td style="padding:20px 0px 20px 47px;"><img height="177"  src="images/image001.gif"></td>
                </tr>
                <tr>
                  <td>&nbsp;</td>
                </tr>
                <tr>
                  <td height="35" style="width:830px;">
                   <table width="98%" border="0" cellspacing="1" cellpadding="8" style="margin-bottom:18px;">
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;生命教育成長課的內涵(在生命成長課進行)</strong></td>
			              </tr>
			      </tbody></table>
                  </td>
                </tr>
                <tr>
                  <td ><table border="0" cellspacing="0" cellpadding="0" width="100%"  class="section" style="padding-left:47px;">
                    <tbody><tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td >一年級 互愛  自律   良善</td>
                    </tr>
                    <tr>
                      <td width="15"><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td >二年級	喜樂   友愛   感恩</td>
                    </tr>
                    <tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td >三年級 節制   恩慈   溫柔</td>
                    </tr>
                     <tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td >四年級 尊重   德行   和平</td>
                    </tr>
                     <tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td >五年級 仁愛   信心   忍耐</td>
                    </tr>
                     <tr>
                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
                      <td>六年級 感恩  謙卑   虔敬   盼望</td>
                    </tr>
                  </tbody></table></td>
                </tr>
  </table>
   <table border="0" cellspacing="1" cellpadding="0" style="width:830px;margin-top:28px;overflow:hidden;">
                <tr>
                  <td height="35">
	                  <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;">
				              <tbody><tr>
				                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
				                    <tbody><tr>
				                      <td></td>
				                    </tr>
				                  </tbody></table>
				                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
				                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;生命教育的規劃與實踐</strong></td>
				              </tr>
				         </tbody>
				       </table>
                  </td>
                </tr>
                <tr>
                  <td style="padding:20px 0px 20px 47px;width:830px;"><img width="600"  src="images/tree.jpg"></td>
                </tr>
                
                <tr>
                  <td>&nbsp;</td>
                </tr>
                <tr>
                  <td height="35">
                  <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;margin-bottom:18px;">
			              <tbody><tr>
			                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
			                    <tbody><tr>
			                      <td></td>
			                    </tr>
			                  </tbody></table>
			                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
			                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;主題課程(各科、各組融滲參與和協作)</strong></td>
			              </tr>
			      </tbody></table>
                 </td>
                </tr>
                    <tr>
                          <td class="zti">
                                <table border="0"  cellspacing="0" cellpadding="0" style="width:828px;padding-left:47px;"  class="section">
                                    <tbody>
                                    <tr>
                                     <td>
                                     <table border="0" width="100%" cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" >
                                        <tr>
                                           <td width="10" class="td01" bgcolor="#FEFEF2">人與自己</td>
                                           <td width="300">
                                              <table border="0" width="100%" cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;">
                                                <tr>
                                                  <td bgcolor="#FEFEF2">自我管理</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">自我肯定、建立自信</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">自我反省及改進</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">獨立思考與批判能力</td>
                                                </tr>
                                                <tr>
                                                  <td bgcolor="#FEFEF2">發展個人潛能</td>
                                                </tr>
                                                <tr>
                                                   <td></td>
                                                </tr>
                                              </table>
                                           </td>
                                            <td >
                                              <table border="0"  cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;" width="100%">
                                                <tr>
                                                  <td bgcolor="#FEFEF2" height="47">活動組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2" height="47">課程組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2" height="47">訓輔組</td>
                                                </tr>
                                              
                                              </table>
                                           </td>
                                        </tr>
                                     </table>
                                   </td>
                                  </tr>
                                 </tbody>
                               </table>
                             </td> 
                        </tr>
                        
                   
                     <tr>
                     <td style="padding:20px 0px 20px 47px;">
                        <table border="0"  cellspacing="0" cellpadding="0" style="width:781px;" class="section">
                                    <tbody>
                                    <tr>
                                     <td>
                                     <table border="0" cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" width="100%">
                                        <tr>
                                           <td width="10" class="td01" bgcolor="#FEFEF2">人與自己</td>
                                           <td  width="300">
                                              <table border="0"  cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;" width="100%">
                                                <tr>
                                                  <td bgcolor="#FEFEF2">自我管理</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">自我肯定、建立自信</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">自我反省及改進</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">獨立思考與批判能力</td>
                                                </tr>
                                                <tr>
                                                  <td bgcolor="#FEFEF2">發展個人潛能</td>
                                                </tr>
                                              </table>
                                           </td>
                                            <td >
                                              <table border="0"   cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;" width="100%">
                                                <tr>
                                                  <td bgcolor="#FEFEF2">訓輔組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">圖書組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">活動組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2">德育及公民組</td>
                                                </tr>
                                                <tr>
                                                   <td bgcolor="#FEFEF2" >生命教育組</td>
                                                </tr>
                                              </table>
                                           </td>
                                        </tr>
                                     </table>
                                   </td>
                                </tr>
                             </tbody>   
                           </table>
                     </td> 
                     </tr>
                      <tr>
                      <td  style="padding:0px 0px 20px 47px;">
			                         <table border="0"  cellspacing="0" cellpadding="0" style="width:781px;"  class="section">
			                                <tbody>
			                                    <tr>
			                                     <td>
			                                     <table border="0" width="781px" cellspacing="1" bgcolor="#E3E8CE" cellpadding="0">
			                                        <tr>
			                                           <td width="10" class="td01" bgcolor="#FEFEF2">人與環境</td>
			                                           <td  width="300">
			                                              <table border="0"  cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;" width="100%">
			                                                <tr>
			                                                  <td bgcolor="#FEFEF2" height="35">愛護學校與大自然</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="35">珍惜資源</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="35">認識世界、關心祖國</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="35">關心社區與環境</td>
			                                                </tr>
			                                              </table>
			                                           </td>
			                                            <td >
			                                              <table border="0"   cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center;" width="100%">
			                                                <tr>
			                                                  <td bgcolor="#FEFEF2" height="24">德育及公民組</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="24">德育及公民組</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="24">總務組</td>
			                                                </tr>
			                                                 <tr>
			                                                   <td bgcolor="#FEFEF2" height="24">圖書組</td>
			                                                </tr>
			                                                <tr>
			                                                   <td bgcolor="#FEFEF2" height="24">活動組</td>
			                                                </tr>
			                                              </table>
			                                           </td>
			                                        </tr>
			                                     </table>
			                                </td> 
			                               </tr>
						                   <tr>
								                     <td  style="padding:20px 0px;">
												                         <table border="0"  cellspacing="0" cellpadding="0" style="width:781px;"  class="section">
												                                  <tbody>
												                                    <tr>
												                                     <td>
												                                     <table border="0" width="100%" cellspacing="1" bgcolor="#E3E8CE" cellpadding="0">
												                                        <tr>
												                                           <td width="10" class="td01" bgcolor="#FEFEF2">人與天</td>
												                                           <td  width="300">
												                                              <table border="0" width="100%"  cellspacing="1" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center">
												                                                <tr>
												                                                  <td bgcolor="#FEFEF2" height="41">認識基督教信仰</td>
												                                                </tr>
												                                                <tr>
												                                                   <td bgcolor="#FEFEF2" height="41">實踐主道</td>
												                                                </tr>
												                                              </table>
												                                           </td>
												                                            <td >
												                                              <table border="0" cellspacing="1" width="100%" bgcolor="#E3E8CE" cellpadding="0" style="text-align:center">
												                                                <tr>
												                                                  <td bgcolor="#FEFEF2" height="82">宗教組</td>
												                                                </tr>
												                                              
												                                              </table>
												                                           </td>
												                                        </tr>
												                                     </table>
												                                 </td> 
												                                 </tr>
												                              </tbody>
												                  </table>
								                  </td>
						                      </tr>
			                           </tbody>
			                   </td>
			                </tr>
			            </table>
                      </td>
                   </tr>
                   <tr>
                      <td>
                              <table border="0" cellspacing="1" style="width:830px;margin-top:28px;" cellpadding="0">
								                <tr>
								                  <td height="35">
								                   <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;margin-bottom:20px;">
											              <tbody><tr>
											                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
											                    <tbody><tr>
											                      <td></td>
											                    </tr>
											                  </tbody></table>
											                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
											                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;兒童繪本教學(中文故事課)</strong></td>
											              </tr>
											      </tbody></table>
								                 </td>
								                </tr>
								                <tr>
								                   <td>
												                     <table border="0" cellspacing="0" width="830px" style="padding-left:47px;" cellpadding="0">
												                        <tr>
												                           <td>
												                               <table border="0" width="100%" cellspacing="0" cellpadding="0"  style="vertical-align:top;">
												                                 <tr>
												                                    <td style="padding:4px 0px;"><img src="images/story01.jpg" width="168" /></td>
												                                    <td valign="top" style=" padding-left:10px;">
												                                       <table border="0" width="100%" cellspacing="0" width="100%" cellpadding="0">
												                                         <tr>
												                                          <td  valign="top"><strong class="table_title">內容簡介</strong></td>
												                                        </tr>
												                                        
												                                        <tr>
												                                          <td class="zti">小鱷魚和長頸鹿戀愛了。這對恩愛的情侶想住在一起。可是，一個那麼高，一個那麼矮，他們該如何克服生活上的難題，為彼此帶來真正的幸福？一則逗趣可愛的故事，卻將「愛」和「互相尊重」的真意表達得淋漓盡致。</td>
												                                        </tr>
												                                       </table>
												                                    </td>
												                                 </tr>
												                               </table>
												                           </td>
												                        </tr>
												                        
													                        <tr>
													                           <td style="padding:14px 0px;">
													                               <table border="0" cellspacing="0" width="100%" cellpadding="0"  style="vertical-align:top;">
													                                 <tr>
													                                    <td style="padding:4px 0px;"><img src="images/story02.jpg" width="168" /></td>
													                                    <td valign="top" style="padding-left:10px;">
													                                       <table border="0" cellspacing="0" width="100%" cellpadding="0">
													                                         <tr>
													                                          <td  valign="top"><strong class="table_title">內容簡介</strong></td>
													                                        </tr>
													                                        
													                                        <tr>
													                                          <td class="zti">牛美女跟主人快樂生活，直到她看見雜誌上的明星牛，開始了她的瘦身計劃。牛美女最終都減肥成功，但卻換來主人的不開心，自己的健康又越來越差。那麼，外貌是否決定你的存在價值呢</td>
													                                        </tr>
													                                       </table>
													                                    </td>
													                                 </tr>
													                               </table>
													                           </td>
													                        </tr>
												                        
													                        <tr>
													                           <td>
													                               <table border="0" cellspacing="0" cellpadding="0"  width="100%" style="vertical-align:top;">
													                                 <tr>
													                                    <td style="padding:4px 0px;"><img src="images/story03.jpg" width="168" /></td>
													                                    <td valign="top" style="padding-left:10px;">
													                                       <table border="0" cellspacing="0" cellpadding="0" width="100%">
													                                         <tr>
													                                          <td  valign="top"><strong class="table_title">內容簡介</strong></td>
													                                        </tr>
													                                        
													                                        <tr>
													                                          <td class="zti">瑪莉蓮討厭跳水，也不喜歡游泳。她討厭所有的泳式，不論是...自由式、仰式、蛙式、蝶式。她覺得自己很胖，只要隨便動一動，就會引發「大海嘯」。但最後，瑪莉蓮如何改變自己的想法去解決問題。</td>
													                                        </tr>
													                                       </table>
													                                    </td>
													                                 </tr>
													                               </table>
													                           </td>
													                        </tr>
												                     </table>
								                     
								                   </td>
								                </tr>
							               
								                 <tr>
								                  <td>&nbsp;</td>
								                </tr>
								                 <tr>
								                  <td height="35">
								                  <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;margin-bottom:20px;">
											              <tbody>
											               <tr>
											                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
											                    <tbody><tr>
											                      <td></td>
											                    </tr>
											                  </tbody></table>
											                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
											                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;每年為生命教育訂立主題</strong></td>
											              </tr>
											             </tbody>
											         </table>
								                  </td>
								                </tr>
								                <tr>
								                  <td height="26" class="section" style="padding-left: 47px;">13-14年度：主題-生命有價  (舉行時間：20/3 - 14/4 2014)</td>
								                </tr>
								                <tr>
								                  <td height="36">
									                   <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;margin-bottom:18px; margin-top:18px;">
												              <tbody>
												              <tr>
												                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
												                    <tbody><tr>
												                      <td></td>
												                    </tr>
												                  </tbody></table>
												                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
												                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;活動內容包括：</strong></td>
												              </tr>
												            </tbody>
												      </table>
								                 </td>
								                </tr>
								                <tr>
								                  <td style="padding-left:47px;">
								                    <table border="0" cellspacing="0" cellpadding="0" width="100%">
									                    <tbody>
									                    <tr>
									                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">繪本教學：牛美女要減肥</td>
									                    </tr>
									                    <tr>
									                      <td width="15"><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">互動劇場：醜小鴨的抉擇</td>
									                    </tr>
									                    <tr>
									                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">視藝繪畫體驗課</td>
									                    </tr>
									                    <tr>
									                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">個案分享：冬梅姐姐的經歷</td>
									                    </tr>
									                    <tr>
									                      <td width="15"><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">自我認識活動</td>
									                    </tr>
									                    <tr>
									                      <td><img width="5" height="8" src="images/icon_1.jpg"></td>
									                      <td class="zti">服務學習：探訪特殊學校</td>
									                    </tr>
									                  </tbody>
								                       </table>
								                     </td>
								                </tr>
								                <tr>
								                  <td>&nbsp;</td>
								                </tr>
								                <tr>
									                  <td height="36">
										                   <table width="98%" border="0" cellspacing="1" cellpadding="8"  style="width:830px;margin-bottom:20px;">
													              <tbody>
													              <tr>
													                <td width="4%" valign="top" bgcolor="#FEFEF2" align="right" class="content_top"><table width="100%" height="15" border="0" cellspacing="0" cellpadding="0">
													                    <tbody><tr>
													                      <td></td>
													                    </tr>
													                  </tbody></table>
													                    <img width="13" height="13" src="images/arrow_02.jpg"></td>
													                <td width="96%" height="40" bgcolor="#FEFEF2" class="section"><strong class="table_title">&nbsp;&nbsp;&nbsp;近期活動</strong></td>
													              </tr>
													              </tbody>
													      </table>
									                 </td>
								                </tr>
							                  <tr>
								                     <td style="padding-left:47px;">
									                      <table border="0" cellspacing="0" width="100%" cellpadding="0">
											                    <tbody>
											                    <tr>
											                      <td><img src="images/activity01.jpg"></td>
											                      <td><img src="images/activity02.jpg"></td>
											                      <td><img src="images/activity03.jpg"></td>
											                    </tr>
											                    <tr>
											                      <td colspan="3" height="36" align="center" class="section">劉姑娘透過繪本帶出自我存在的價值</td>
											                    </tr>
											                  </tbody>
									                       </table>
								                     </td>
							                   </tr>
							               
							                <tr>
							                  <td height="80">&nbsp;</td>
							                </tr>
							               </td>
							          </tr>
							        </tbody>
							       </table>
                      </td>
                   </tr>
                     
  </table>
	  
	  
	  
	  
	  
	  
	  
	  
	  
	  
	  
	  
	  
	    </div>
      </div>
      <!-- //contents -->
	  
	  
	  
</div>
<!-- //container --><?php include('foot.php'); ?>
</body>
</html>
